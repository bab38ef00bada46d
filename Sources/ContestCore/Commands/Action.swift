/// Everything anyone in the hall can ask the contest to do.
public indirect enum Action: Sendable, Hashable {
    // Host.
    case startSegment(Int)
    /// Start a tie-break among the given teams instead of the tie the standings show.
    case startTieBreak(segment: Int, teams: [TeamID])
    case endSegment
    case finishContest
    /// Draw the next question, or show the named one.
    case showQuestion(id: String?)
    case armBuzzers
    /// Start the next team's turn (speed, relay, essay).
    case nextTurn
    case revealAnswer
    case void
    case pause
    case resume
    case correctScore(team: TeamID, delta: Points, reason: String)
    case undo
    /// Enter a team's spoken choice for it (tier, climb, stop, decline, answer, skip); never a buzz.
    case onBehalf(team: TeamID, Action)

    // Host or judge.
    case rule(Verdict)

    // Judge.
    case scoreEssay(team: TeamID, score: Points)

    // Team.
    case buzz
    case answer(Submission)
    case skip
    case pickTier(Int)
    case climb
    case stop
    case decline

    // System.
    case tick
}
