/// One value tier of the risk segment and the difficulty its questions are drawn from.
public struct RiskTier: Sendable, Hashable, Codable {
    public var value: Int
    public var difficulty: Int

    enum CodingKeys: String, CodingKey, CaseIterable { case value, difficulty }

    public init(value: Int, difficulty: Int) {
        self.value = value
        self.difficulty = difficulty
    }
}

/// 进阶风险题: lowest score first, pick a tier, win or lose its value, climb or stop.
public struct RiskRules: Sendable, Hashable, Codable {
    public var tiers: [RiskTier] = [
        RiskTier(value: 10, difficulty: 1), RiskTier(value: 20, difficulty: 2), RiskTier(value: 30, difficulty: 3),
    ]
    public var answerWindowSeconds: Int = 30
    /// After a correct answer the team may climb to the next tier.
    public var allowClimb: Bool = true

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case tiers, answerWindowSeconds, allowClimb
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tiers = try c.value(.tiers, default: tiers)
        answerWindowSeconds = try c.value(.answerWindowSeconds, default: answerWindowSeconds)
        allowClimb = try c.value(.allowClimb, default: allowClimb)
    }
}
