/// The order in which teams take their turns in a segment, and whose turn comes next.
public struct TurnOrder: Sendable, Hashable {
    public var teams: [TeamID]
    public var next: Int

    public init(_ teams: [TeamID]) {
        self.teams = teams
        self.next = 0
    }

    /// The team whose turn starts next, or nil when every team has had its turn.
    public var upcoming: TeamID? { next < teams.count ? teams[next] : nil }
}
