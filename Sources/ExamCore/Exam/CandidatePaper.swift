import ContestCore

/// One candidate's own paper (一人一卷): the common paper with its questions and options in that candidate's order.
///
/// Derived, never stored: the exam seed mixed with a stable hash of the admission number seeds a
/// `SplitMix64`, so the same candidate gets the same paper after a reload, a restart or on another
/// machine, and two candidates almost never share an order. Sections keep the paper's order;
/// questions move within their section, options within their question. Holds the key, so it never
/// goes on the wire: `view` is what the candidate sees.
public struct CandidatePaper: Sendable, Hashable {
    /// A question as this candidate sees it numbered and ordered, with the way back to the paper's options.
    public struct Question: Sendable, Hashable {
        /// The paper's question, key included, options in the paper's order.
        public var item: WrittenPaper.Item
        /// The section's printed name, 单选题.
        public var section: String
        /// 1, 2, … in this candidate's order through the whole paper.
        public var number: Int
        /// `optionOrder[shown]` is the paper's index of the option shown at `shown` (A = 0).
        public var optionOrder: [Int]

        public var id: String { item.id }

        /// The options in this candidate's order.
        public var options: [String] { optionOrder.map { item.options[$0] } }

        /// The paper's indices of the options the candidate picked, sorted; nil for one past the last.
        public func original(_ shown: [Int]) -> [Int]? {
            var result: [Int] = []
            for index in shown {
                guard optionOrder.indices.contains(index) else { return nil }
                result.append(optionOrder[index])
            }
            return result.sorted()
        }
    }

    public var candidate: String
    public var title: String
    public var questions: [Question]

    public init(paper: WrittenPaper, seed: UInt64, candidate: String, shuffle: ExamFile.Shuffle) {
        var generator = SplitMix64(seed: seed ^ StableHash.fnv1a(candidate))
        var questions: [Question] = []
        for section in paper.sections {
            var items = section.questions
            if shuffle.questions { generator.shuffle(&items) }
            for item in items {
                var order = Array(item.options.indices)
                if shuffle.options && (item.type == .single || item.type == .multiple) {
                    generator.shuffle(&order)
                }
                questions.append(
                    Question(item: item, section: section.name, number: questions.count + 1, optionOrder: order))
            }
        }
        (self.candidate, self.title, self.questions) = (candidate, paper.title, questions)
    }

    /// The question with this id, or nil when the paper has none.
    public func question(_ id: String) -> Question? {
        questions.first { $0.id == id }
    }
}
