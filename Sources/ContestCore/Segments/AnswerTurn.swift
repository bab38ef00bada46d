/// One team's timed turn of answering questions one after another (speed answer, relay).
public struct AnswerTurn: Sendable, Hashable {
    public var team: TeamID
    /// When the budget runs out; nil once it has.
    public var deadline: Micros?
    public var question: String?
    /// A typed answer that waits for a judge.
    public var pending: Submission?
    /// The budget ran out; only a ruling on the question on screen is still taken.
    public var timeUp: Bool
    /// Questions shown in this turn, skipped and voided ones included.
    public var shown: Int
    public var answered: Int
    public var correct: Int

    public init(team: TeamID, deadline: Micros?) {
        self.team = team
        self.deadline = deadline
        self.question = nil
        self.pending = nil
        self.timeUp = false
        self.shown = 0
        self.answered = 0
        self.correct = 0
    }

    mutating func apply(_ event: Event) {
        switch event {
        case .questionShown(let id, _, _, _):
            question = id
            shown += 1
        case .answerSubmitted(_, _, let answer):
            pending = answer
        case .answerRuled(_, _, let verdict, _):
            pending = nil
            question = nil
            answered += 1
            if verdict == .correct { correct += 1 }
        case .questionSkipped, .questionVoided:
            pending = nil
            question = nil
        case .clockExpired(let until):
            deadline = until
            timeUp = true
        default:
            break
        }
    }
}
