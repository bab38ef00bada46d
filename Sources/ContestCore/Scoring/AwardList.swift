/// The award allocation: each team's award, and the ties that straddle an award boundary.
public struct AwardList: Sendable, Hashable {
    public var lines: [AwardLine]
    /// Tied groups that need a tie-break before their awards can be given, best first.
    public var tiesToBreak: [[TeamID]]

    public init(lines: [AwardLine] = [], tiesToBreak: [[TeamID]] = []) {
        self.lines = lines
        self.tiesToBreak = tiesToBreak
    }

    /// Gives tiers in order (first ×1, second ×2, third ×5 by default) down the ranking.
    ///
    /// Teams sharing a rank share an award when their places fall within one tier; when their
    /// places straddle a boundary (between two tiers, or between an award and none), none of them
    /// gets an award yet and the group is flagged for a tie-break.
    public init(scoreboard: Scoreboard, tiers: [AwardTier]) {
        var boundaries: [(end: Int, name: String)] = []
        var end = 0
        for tier in tiers {
            end += max(0, tier.count)
            boundaries.append((end, tier.name))
        }
        func tier(at place: Int) -> String? { boundaries.first { place < $0.end }?.name }

        lines = []
        tiesToBreak = []
        var place = 0
        for group in scoreboard.rankGroups {
            let first = tier(at: place)
            let last = tier(at: place + group.count - 1)
            let straddles = first != last
            if straddles { tiesToBreak.append(group.map(\.team)) }
            for standing in group {
                lines.append(
                    AwardLine(
                        team: standing.team, name: standing.name, rank: standing.rank, total: standing.total,
                        award: straddles ? nil : first, awaitingTieBreak: straddles))
            }
            place += group.count
        }
    }
}

/// One team's place in the award list.
public struct AwardLine: Sendable, Hashable {
    public var team: TeamID
    public var name: String
    public var rank: Int
    public var total: Points
    public var award: String?
    public var awaitingTieBreak: Bool

    public init(team: TeamID, name: String, rank: Int, total: Points, award: String?, awaitingTieBreak: Bool = false) {
        (self.team, self.name, self.rank, self.total) = (team, name, rank, total)
        (self.award, self.awaitingTieBreak) = (award, awaitingTieBreak)
    }
}

extension ContestState {
    public var scoreboard: Scoreboard {
        Scoreboard(config: config, ledger: game.ledger, tieBreakOrders: game.tieBreakOrders)
    }

    public var awards: AwardList { AwardList(scoreboard: scoreboard, tiers: config.awards) }
}
