/// What the host's console shows: the public view plus the answer key and the ruling aids.
public struct HostView: Sendable, Hashable, Codable {
    public var view: PublicView
    /// The current question's answer, revealed or not.
    public var answerKey: String?
    public var explanation: String?
    /// A typed answer waiting for a ruling.
    public var pending: Submission?
    /// How many rulings `undo` can still take back.
    public var undoDepth: Int
    /// The current essay's scores by judge number.
    public var essayScores: [Int: Points]
    /// The latest score changes, newest last.
    public var recentScores: [ScoreEntry]
    public var nextDeadline: Micros?
    /// The day's programme, so the console can offer "start segment 3: relay" by name.
    public var segments: [SegmentSummary]

    public init(_ state: ContestState, now: Micros, recent: Int = 20) {
        view = PublicView(state, now: now)
        let question = view.question.flatMap { state.bank[$0.id] }
        answerKey = question?.answer.display
        explanation = question?.explanation
        undoDepth = state.checkpoints.count
        recentScores = Array(state.game.ledger.suffix(recent))
        nextDeadline = state.nextDeadline
        segments = state.config.segments.enumerated().map { index, segment in
            SegmentSummary(index: index, title: segment.title, kind: segment.kind)
        }
        essayScores = [:]
        switch state.game.segment?.state {
        case .speed(let round)?, .relay(let round)?: pending = round.turn?.pending
        case .buzz(let round)?: pending = round.current?.holder?.pending
        case .tieBreak(let round)?: pending = round.questions.current?.holder?.pending
        case .risk(let round)?:
            if case .answering(let answer) = round.phase { pending = answer.pending }
        case .essay(let round)?: essayScores = round.turn?.scores ?? [:]
        case nil: break
        }
    }
}
