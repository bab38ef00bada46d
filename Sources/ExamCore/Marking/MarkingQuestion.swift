/// What a marker reads beside an answer: the question, its reference answer and its marking points.
///
/// The book knows answers, not papers; the caller passes these by question id so the view can carry
/// them. `init(item:)` takes them from the paper, splitting the reference at ①②③….
public struct MarkingQuestion: Codable, Sendable, Hashable {
    public var stem: String
    public var reference: String
    public var markingPoints: [String]

    public init(stem: String, reference: String, markingPoints: [String]) {
        (self.stem, self.reference, self.markingPoints) = (stem, reference, markingPoints)
    }

    /// The paper's question; an objective key leaves the reference as its display and no marking points.
    public init(item: WrittenPaper.Item) {
        stem = item.stem
        switch item.answer.answer {
        case .reference(let text):
            reference = text
            markingPoints = PaperAnswer.markingPoints(text)
        case let other:
            reference = other.display
            markingPoints = []
        }
    }

    /// Every short answer and essay of the paper by id, for `MarkingBook.view`.
    public static func questions(of paper: WrittenPaper) -> [String: MarkingQuestion] {
        let subjective = paper.items.filter { $0.type == .short || $0.type == .essay }
        return Dictionary(
            subjective.map { ($0.id, MarkingQuestion(item: $0)) }, uniquingKeysWith: { first, _ in first })
    }
}
