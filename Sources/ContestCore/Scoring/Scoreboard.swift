/// The standings: totals, the per-segment breakdown, and ranks with ties shown as ties.
public struct Scoreboard: Sendable, Hashable {
    /// Best first; teams tied on points (and not separated by a tie-break) share a rank.
    public var standings: [Standing]

    /// Ranks the teams of `config` by the ledger; equal totals stay tied unless one tie-break was
    /// played among all of them, in which case its order separates them.
    public init(config: ContestConfig, ledger: [ScoreEntry], tieBreakOrders: [[TeamID]]) {
        let rows = config.teams.map { team in
            var bySegment = Array(repeating: Points.zero, count: config.segments.count)
            var corrections = Points.zero
            for entry in ledger where entry.team == team.id {
                if let segment = entry.segment, bySegment.indices.contains(segment) {
                    bySegment[segment] += entry.delta
                } else {
                    corrections += entry.delta
                }
            }
            return Standing(
                team: team.id, name: team.name, unit: team.unit, total: bySegment.reduce(corrections, +),
                bySegment: bySegment, corrections: corrections, rank: 0, tied: false)
        }
        standings = []
        for group in Self.runs(of: rows.sorted(by: { $0.total > $1.total }), sameWhen: { $0.total == $1.total }) {
            let start = standings.count
            let members = Set(group.map(\.team))
            if group.count > 1, let order = tieBreakOrders.last(where: { members.isSubset(of: $0) }) {
                let placed = group.sorted { order.firstIndex(of: $0.team)! < order.firstIndex(of: $1.team)! }
                for (offset, var row) in placed.enumerated() {
                    row.rank = start + offset + 1
                    standings.append(row)
                }
            } else {
                for var row in group {
                    row.rank = start + 1
                    row.tied = group.count > 1
                    standings.append(row)
                }
            }
        }
    }

    /// Groups of teams sharing a rank, best first; single teams are groups of one.
    public var rankGroups: [[Standing]] { Self.runs(of: standings, sameWhen: { $0.rank == $1.rank }) }

    /// Splits an ordered list into runs of neighbours that belong together.
    private static func runs(of rows: [Standing], sameWhen same: (Standing, Standing) -> Bool) -> [[Standing]] {
        var runs: [[Standing]] = []
        for row in rows {
            if let last = runs.last?.last, same(last, row) {
                runs[runs.count - 1].append(row)
            } else {
                runs.append([row])
            }
        }
        return runs
    }
}

/// One team's line on the scoreboard.
public struct Standing: Sendable, Hashable {
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

    public init(
        team: TeamID, name: String, unit: String = "", total: Points, bySegment: [Points] = [],
        corrections: Points = .zero, rank: Int, tied: Bool = false
    ) {
        (self.team, self.name, self.unit, self.total, self.bySegment) = (team, name, unit, total, bySegment)
        (self.corrections, self.rank, self.tied) = (corrections, rank, tied)
    }
}
