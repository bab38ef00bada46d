/// What the host's console shows: the public view plus the answer key and the ruling aids.
public struct HostView: Sendable, Hashable {
    public var view: PublicView
    /// The current question's answer, revealed or not.
    public var answerKey: String?
    public var explanation: String?
    /// A typed answer waiting for a ruling.
    public var pending: Submission?
    /// How many rulings `undo` can still take back.
    public var undoDepth: Int
    /// The current essay's scores by judge number: every score for the host; for a judge only their
    /// own until the whole panel has scored, so no judge is swayed by another's number.
    public var essayScores: [Int: Points]
    /// The latest score changes, newest last.
    public var recentScores: [ScoreEntry]
    public var nextDeadline: Micros?
    /// The day's programme, so the console can offer "start segment 3: relay" by name.
    public var segments: [SegmentSummary]

    public init(
        view: PublicView, answerKey: String? = nil, explanation: String? = nil, pending: Submission? = nil,
        undoDepth: Int = 0, essayScores: [Int: Points] = [:], recentScores: [ScoreEntry] = [],
        nextDeadline: Micros? = nil, segments: [SegmentSummary] = []
    ) {
        (self.view, self.answerKey, self.explanation, self.pending) = (view, answerKey, explanation, pending)
        (self.undoDepth, self.essayScores, self.recentScores) = (undoDepth, essayScores, recentScores)
        (self.nextDeadline, self.segments) = (nextDeadline, segments)
    }

    /// The officials' view of `state`: the host's, or with `judge` set that judge's.
    public init(_ state: ContestState, now: Micros, judge: Int? = nil, recent: Int = 20) {
        view = PublicView(state, now: now)
        let question = view.question.flatMap { state.bank[$0.id] }
        answerKey = question?.answer.display
        explanation = question?.explanation
        undoDepth = state.undoableRulings
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
        case .essay(let round)?:
            let scores = round.turn?.scores ?? [:]
            let panelDone = state.config.judges.allSatisfy { scores[$0.number] != nil }
            essayScores = judge.map { number in panelDone ? scores : scores.filter { $0.key == number } } ?? scores
        case nil: break
        }
    }
}
