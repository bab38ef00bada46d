import ContestCore

/// `prelimRank` in the rules file: the preliminary round's individual awards and who goes to the final.
///
/// Defaults from the 江阴 notice: individual 一等奖 ×1, 二等奖 ×3, 三等奖 ×6, 优秀奖 ×10 by written
/// score; units ranked by the sum of their members' scores, the best 8 to the final with 3 players each.
public struct PrelimRankRules: Codable, Sendable, Hashable {
    /// Individual awards given down the ranking, best first.
    public var awards = [
        AwardTier(name: "一等奖", count: 1), AwardTier(name: "二等奖", count: 3), AwardTier(name: "三等奖", count: 6),
        AwardTier(name: "优秀奖", count: 10),
    ]
    public var advancingTeams = 8
    /// Each advancing unit's best players by written score who play the final.
    public var playersPerTeam = 3

    public init() {}
}
