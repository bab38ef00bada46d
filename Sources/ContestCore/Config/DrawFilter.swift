/// Which bank questions a segment may draw: an empty list means "any", except `types`, where the
/// segment kind implies them (`SegmentConfig.effectiveDraw`).
public struct DrawFilter: Sendable, Hashable, Codable {
    public var types: [QuestionType]
    public var categories: [String]
    public var difficulties: [Int]

    public init(types: [QuestionType] = [], categories: [String] = [], difficulties: [Int] = []) {
        self.types = types
        self.categories = categories
        self.difficulties = difficulties
    }

    public static let any = DrawFilter()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case types, categories, difficulties
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        types = try c.value(.types, default: [])
        categories = try c.value(.categories, default: [])
        difficulties = try c.value(.difficulties, default: [])
    }

    public func matches(_ question: Question) -> Bool {
        (types.isEmpty || types.contains(question.type))
            && (categories.isEmpty || categories.contains(question.category))
            && (difficulties.isEmpty || difficulties.contains(question.difficulty))
    }

    /// The same filter narrowed to one difficulty, as a risk tier needs.
    public func restricted(toDifficulty difficulty: Int) -> DrawFilter {
        var copy = self
        copy.difficulties = [difficulty]
        return copy
    }
}
