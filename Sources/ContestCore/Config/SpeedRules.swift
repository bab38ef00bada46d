/// 速答题: each team in turn answers its own stream of questions against a time budget.
public struct SpeedRules: Sendable, Hashable, Codable {
    public var budgetSeconds: Int = 60
    public var correctPoints: Int = 10
    public var wrongPoints: Int = 0
    public var allowSkip: Bool = true
    /// The most questions one team's stream may hold, so a fast team cannot empty the bank.
    public var maxQuestionsPerTeam: Int = 30

    /// Seconds after the budget runs out in which a spoken answer given in time can still be ruled.
    public var graceSeconds: Int = 3

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case budgetSeconds, correctPoints, wrongPoints, allowSkip, maxQuestionsPerTeam, graceSeconds
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        graceSeconds = try c.value(.graceSeconds, default: graceSeconds)
        budgetSeconds = try c.value(.budgetSeconds, default: budgetSeconds)
        correctPoints = try c.value(.correctPoints, default: correctPoints)
        wrongPoints = try c.value(.wrongPoints, default: wrongPoints)
        allowSkip = try c.value(.allowSkip, default: allowSkip)
        maxQuestionsPerTeam = try c.value(.maxQuestionsPerTeam, default: maxQuestionsPerTeam)
    }
}
