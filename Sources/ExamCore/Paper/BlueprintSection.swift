import ContestCore

/// One question type of the written paper: how many questions, the points each, and which may be drawn.
///
/// `type` is written as the banks write it (`单选题`, or the JSON bank's `single`); `categories`
/// and `difficulties` narrow the draw as the final's segments do (`DrawFilter`), empty meaning any.
public struct BlueprintSection: Codable, Sendable, Hashable {
    public var type: String
    public var count: Int
    public var points: Points
    public var categories: [String] = []
    public var difficulties: [Int] = []

    public init(type: String, count: Int, points: Points, categories: [String] = [], difficulties: [Int] = []) {
        (self.type, self.count, self.points) = (type, count, points)
        (self.categories, self.difficulties) = (categories, difficulties)
    }

    /// The type named, by its Chinese name or the JSON bank's spelling; nil for anything else.
    public var questionType: QuestionType? {
        QuestionType.allCases.first { $0.chineseName == type || $0.rawValue == type }
    }

    /// The questions this section may take, for `QuestionPool.draw`.
    public var filter: DrawFilter {
        DrawFilter(types: questionType.map { [$0] } ?? [], categories: categories, difficulties: difficulties)
    }

    /// How many of `count` come from the published bank: `count × share` rounded, a half going to the bank.
    ///
    /// The share is taken to three decimals and the product computed in whole numbers, so `5 × 0.9`
    /// is 4.5 exactly and gives 5, whatever the binary neighbour of 0.9 would say.
    public func bankCount(share: Double) -> Int {
        let thousandths = Int((min(max(share, 0), 1) * 1000).rounded())
        return (count * thousandths + 500) / 1000
    }
}
