/// One buzz-in question from the moment it is shown until it closes.
public struct BuzzQuestion: Sendable, Hashable {
    public var question: String
    public var stage: Stage
    /// Every buzz in the order it happened (by receive time), false starts included.
    public var buzzes: [BuzzRecord]
    /// Teams that buzzed before arming.
    public var lockedOut: Set<TeamID>
    /// Teams that answered this question wrong.
    public var answeredWrong: Set<TeamID>
    /// How many times the buzzers were armed for this question (1 + re-opens).
    public var round: Int
    public var armedAt: Micros?

    public enum Stage: Sendable, Hashable {
        /// Shown but not armed: a buzz now is a false start.
        case shown
        case armed(deadline: Micros)
        case answering(AnswerRight)
    }

    public init(question: String) {
        self.question = question
        self.stage = .shown
        self.buzzes = []
        self.lockedOut = []
        self.answeredWrong = []
        self.round = 0
        self.armedAt = nil
    }

    /// The team holding the right to answer, if any; the enum makes a second holder impossible.
    public var holder: AnswerRight? {
        switch stage {
        case .answering(let right): right
        case .shown, .armed: nil
        }
    }

    public var deadline: Micros? {
        switch stage {
        case .shown: nil
        case .armed(let deadline): deadline
        case .answering(let right): right.deadline
        }
    }

    /// Whether a team may still win this question.
    public func isOpen(to team: TeamID) -> Bool { !lockedOut.contains(team) && !answeredWrong.contains(team) }

    /// Valid buzzes of the current round, earliest first.
    public var currentRoundBuzzes: [BuzzRecord] { buzzes.filter { $0.round == round && !$0.falseStart } }

    mutating func apply(_ event: Event, at: Micros) {
        switch event {
        case .buzzersArmed(let deadline):
            stage = .armed(deadline: deadline)
            round += 1
            armedAt = at
        case .buzzRecorded(let team, let seat, let falseStart):
            let record = BuzzRecord(team: team, seat: seat, at: at, falseStart: falseStart, round: round)
            let index = buzzes.firstIndex { $0.at > at } ?? buzzes.endIndex
            buzzes.insert(record, at: index)
            if falseStart { lockedOut.insert(team) }
        case .answerRightGranted(let team, let seat, let deadline):
            stage = .answering(AnswerRight(team: team, seat: seat, deadline: deadline))
        case .answerSubmitted(_, _, let answer):
            guard case .answering(var right) = stage else { return }
            right.pending = answer
            stage = .answering(right)
        case .answerRuled(let team, _, let verdict, _):
            if verdict == .wrong {
                answeredWrong.insert(team)
                stage = .shown
            }
        case .clockExpired:
            guard case .answering(var right) = stage else { return }
            right.deadline = nil
            stage = .answering(right)
        default:
            break
        }
    }

    mutating func shift(by offset: Micros) {
        switch stage {
        case .shown:
            break
        case .armed(let deadline):
            stage = .armed(deadline: deadline + offset)
        case .answering(var right):
            right.deadline = right.deadline.map { $0 + offset }
            stage = .answering(right)
        }
    }
}

/// The right to answer a buzz question, held by the team whose valid buzz came first.
public struct AnswerRight: Sendable, Hashable {
    public var team: TeamID
    public var seat: Int
    /// Nil once the window has run out with a typed answer still waiting for a ruling.
    public var deadline: Micros?
    public var pending: Submission?

    public init(team: TeamID, seat: Int, deadline: Micros?, pending: Submission? = nil) {
        self.team = team
        self.seat = seat
        self.deadline = deadline
        self.pending = pending
    }
}

/// One press of a buzzer, kept with its receive time so the margins can be argued over.
public struct BuzzRecord: Sendable, Hashable {
    public var team: TeamID
    public var seat: Int
    public var at: Micros
    public var falseStart: Bool
    public var round: Int
}
