/// Something that happened in the contest, named in the past tense.
///
/// Events are the contest record: the journal stores them, replay folds them, and the audit shows
/// them to the arbitration group. Each carries what a fold needs and nothing it could derive.
public enum Event: Sendable, Hashable {
    case segmentStarted(segment: Int, order: [TeamID])
    case segmentEnded(segment: Int)
    case contestFinished
    case turnStarted(team: TeamID, deadline: Micros?)
    case turnEnded(team: TeamID, reason: TurnEndReason)
    case questionShown(question: String, team: TeamID?, tier: Int?, deadline: Micros?)
    case buzzersArmed(deadline: Micros)
    case buzzRecorded(team: TeamID, seat: Int, falseStart: Bool)
    case answerRightGranted(team: TeamID, seat: Int, deadline: Micros)
    case answerSubmitted(team: TeamID, seat: Int, answer: Submission)
    case answerRuled(team: TeamID, question: String, verdict: Verdict, by: Ruler)
    case pointsAwarded(entry: ScoreEntry)
    case questionClosed(question: String, outcome: QuestionOutcome)
    case questionSkipped(question: String)
    case questionVoided(question: String)
    case answerRevealed(question: String)
    case essayScoreSubmitted(judge: Int, team: TeamID, score: Points)
    case tieBreakPlaced(team: TeamID)
    /// A deadline passed while an answer may still be ruled: until `until` (a grace period), or
    /// with no limit for a typed answer already waiting; the ruling then ends the turn.
    case clockExpired(until: Micros?)
    case paused
    case resumed
    case rulingUndone

    /// Whether the batch holding this event is a ruling that `undo` can take back.
    var isRuling: Bool {
        switch self {
        case .answerRuled, .pointsAwarded, .tieBreakPlaced: true
        case .buzzRecorded(_, _, let falseStart): falseStart
        case .segmentStarted, .segmentEnded, .contestFinished, .turnStarted, .turnEnded, .questionShown,
            .buzzersArmed, .answerRightGranted, .answerSubmitted, .questionClosed, .questionSkipped, .questionVoided,
            .answerRevealed, .essayScoreSubmitted, .clockExpired, .paused, .resumed, .rulingUndone:
            false
        }
    }
}

/// Why a team's turn ended.
public enum TurnEndReason: String, Sendable, Hashable {
    case timeUp
    case completed
    case relayBroken
    case stopped
    case declined
    case riskLost
    case scored
    case bankExhausted
}

/// How a buzz or tie-break question ended.
public enum QuestionOutcome: Sendable, Hashable {
    case answered(TeamID)
    /// Every eligible team answered wrong, or nobody buzzed after a re-open.
    case unanswered
    /// Nobody buzzed in the window: the question does not count.
    case noBuzz
    /// The host voided it: it does not count.
    case voided

    /// Whether the question counts toward the segment's number of questions.
    public var counts: Bool {
        switch self {
        case .answered, .unanswered: true
        case .noBuzz, .voided: false
        }
    }
}

/// One change to one team's score, with the reason the record shows.
public struct ScoreEntry: Sendable, Hashable {
    public var team: TeamID
    public var delta: Points
    public var reason: ScoreReason
    /// The segment the points count toward; nil for corrections outside a segment.
    public var segment: Int?
    public var at: Micros

    public init(team: TeamID, delta: Points, reason: ScoreReason, segment: Int?, at: Micros) {
        self.team = team
        self.delta = delta
        self.reason = reason
        self.segment = segment
        self.at = at
    }
}

/// Why points changed.
public enum ScoreReason: Sendable, Hashable {
    case correct(question: String)
    case wrong(question: String)
    case falseStart(question: String)
    case sweepBonus
    case essay(question: String)
    case correction(reason: String)
}
