/// One question of a bank, as the contest core needs it.
///
/// The bank loader builds these from organisers' files; the core only draws, shows and grades them.
public struct Question: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var type: QuestionType
    public var stem: String
    /// Choice options in order (A, B, …); empty for other types.
    public var options: [String]
    public var answer: Answer
    public var category: String
    /// 1 (easy) … 3 (hard); risk questions use it as the value tier.
    public var difficulty: Int
    /// Overrides the segment's points for a correct answer when set.
    public var points: Int?
    /// 解析: why the answer is right, shown after the answer is revealed.
    public var explanation: String
    public var source: String

    public init(
        id: String, type: QuestionType, stem: String, options: [String] = [], answer: Answer,
        category: String = "", difficulty: Int = 1, points: Int? = nil, explanation: String = "", source: String = ""
    ) {
        self.id = id
        self.type = type
        self.stem = stem
        self.options = options
        self.answer = answer
        self.category = category
        self.difficulty = difficulty
        self.points = points
        self.explanation = explanation
        self.source = source
    }
}
