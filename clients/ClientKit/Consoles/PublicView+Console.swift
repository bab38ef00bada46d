import ContestCore

/// The look-ups every console makes in the public view, so a name or a winner is found one way.
extension PublicView {
    /// The team's display name, from the scoreboard; `第N队` for a team the board does not list.
    public func name(of team: TeamID) -> String {
        standing(of: team)?.name ?? "第\(team)队"
    }

    /// The team's line of the scoreboard.
    public func standing(of team: TeamID) -> Standing? {
        scoreboard.first { $0.team == team }
    }

    /// The team that won the buzz and holds the right to answer, or nil.
    public var buzzWinner: BuzzLine? {
        answering.flatMap { team in buzzes.last { $0.team == team && !$0.falseStart } }
    }
}
