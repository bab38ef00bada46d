/// The standings: totals, the per-segment breakdown, and ranks with ties shown as ties.
public struct Scoreboard: Sendable, Hashable, Codable {
    /// Best first; teams tied on points (and not separated by a tie-break) share a rank.
    public var standings: [Standing]

    /// Ranks the teams of `config` by the ledger, separating equal totals only by tie-break results.
    public init(config: ContestConfig, ledger: [ScoreEntry], tieBreakOrders: [[TeamID]]) {
        var tieKey: [TeamID: Int] = [:]
        for order in tieBreakOrders {
            for (place, team) in order.enumerated() { tieKey[team] = place }
        }
        var rows = config.teams.enumerated().map { position, team in
            var bySegment = Array(repeating: Points.zero, count: config.segments.count)
            var corrections = Points.zero
            for entry in ledger where entry.team == team.id {
                if let segment = entry.segment, bySegment.indices.contains(segment) {
                    bySegment[segment] += entry.delta
                } else {
                    corrections += entry.delta
                }
            }
            let total = bySegment.reduce(corrections, +)
            let row = Standing(
                team: team.id, name: team.name, unit: team.unit, total: total, bySegment: bySegment,
                corrections: corrections, rank: 0, tied: false)
            return (row: row, key: tieKey[team.id] ?? Int.max, position: position)
        }
        rows.sort { lhs, rhs in
            if lhs.row.total != rhs.row.total { return lhs.row.total > rhs.row.total }
            if lhs.key != rhs.key { return lhs.key < rhs.key }
            return lhs.position < rhs.position
        }
        for index in rows.indices {
            let sameAsPrevious =
                index > 0 && rows[index - 1].row.total == rows[index].row.total
                && rows[index - 1].key == rows[index].key
            rows[index].row.rank = sameAsPrevious ? rows[index - 1].row.rank : index + 1
        }
        standings = rows.map(\.row)
        for index in standings.indices {
            standings[index].tied = standings.indices.contains {
                $0 != index && standings[$0].rank == standings[index].rank
            }
        }
    }

    /// Groups of teams sharing a rank, best first; single teams are groups of one.
    public var rankGroups: [[Standing]] {
        var groups: [[Standing]] = []
        for standing in standings {
            if let last = groups.last?.last, last.rank == standing.rank {
                groups[groups.count - 1].append(standing)
            } else {
                groups.append([standing])
            }
        }
        return groups
    }
}

/// One team's line on the scoreboard.
public struct Standing: Sendable, Hashable, Codable {
    public var team: TeamID
    public var name: String
    public var unit: String
    public var total: Points
    /// Points per segment, indexed like the configuration's segments.
    public var bySegment: [Points]
    /// The host's written corrections, shown apart from the segments.
    public var corrections: Points
    public var rank: Int
    /// Shares its rank with another team.
    public var tied: Bool
}
