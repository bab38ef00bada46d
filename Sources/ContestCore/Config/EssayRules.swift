/// 论述题: every judge scores each team's essay; the team gets the (trimmed) mean.
public struct EssayRules: Sendable, Hashable, Codable {
    public var maxScore: Int = 20
    public var answerSeconds: Int = 180
    /// From this many judges on, drop one highest and one lowest score.
    public var trimFromJudges: Int = 5

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case maxScore, answerSeconds, trimFromJudges
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        maxScore = try c.value(.maxScore, default: maxScore)
        answerSeconds = try c.value(.answerSeconds, default: answerSeconds)
        trimFromJudges = try c.value(.trimFromJudges, default: trimFromJudges)
    }
}
