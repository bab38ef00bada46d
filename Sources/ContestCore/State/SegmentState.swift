/// The running state of whichever segment is being played.
public enum SegmentState: Sendable, Hashable {
    case speed(TurnRound)
    case buzz(BuzzRound)
    case relay(TurnRound)
    case risk(RiskRound)
    case essay(EssayRound)
    case tieBreak(TieBreakRound)

    init(rules: SegmentRules, order: [TeamID]) {
        switch rules {
        case .speed: self = .speed(TurnRound(order: order))
        case .buzz: self = .buzz(BuzzRound())
        case .relay: self = .relay(TurnRound(order: order))
        case .risk: self = .risk(RiskRound(order: order))
        case .essay: self = .essay(EssayRound(order: order))
        case .tieBreak: self = .tieBreak(TieBreakRound(participants: order))
        }
    }

    /// The next moment a timer of this segment fires, if one is running.
    public var deadline: Micros? {
        switch self {
        case .speed(let round), .relay(let round): round.turn?.deadline
        case .buzz(let round): round.current?.deadline
        case .risk(let round): round.deadline
        case .essay(let round): round.turn?.deadline
        case .tieBreak(let round): round.questions.current?.deadline
        }
    }

    /// The question still taking an answer or a ruling: its answer must not be revealed yet.
    public var openQuestion: String? {
        switch self {
        case .speed(let round), .relay(let round): round.turn?.question
        case .buzz(let round): round.current?.question
        case .tieBreak(let round): round.questions.current?.question
        case .essay(let round): round.turn?.question
        case .risk(let round):
            if case .answering(let answer) = round.phase { answer.question } else { nil }
        }
    }

    mutating func apply(_ event: Event, at: Micros) {
        switch self {
        case .speed(var round):
            round.apply(event)
            self = .speed(round)
        case .buzz(var round):
            round.apply(event, at: at)
            self = .buzz(round)
        case .relay(var round):
            round.apply(event)
            self = .relay(round)
        case .risk(var round):
            round.apply(event)
            self = .risk(round)
        case .essay(var round):
            round.apply(event)
            self = .essay(round)
        case .tieBreak(var round):
            round.apply(event, at: at)
            self = .tieBreak(round)
        }
    }

    /// Moves every running deadline later, as a pause or an undo that keeps the remaining time needs.
    mutating func shift(by offset: Micros) {
        switch self {
        case .speed(var round):
            round.shift(by: offset)
            self = .speed(round)
        case .buzz(var round):
            round.shift(by: offset)
            self = .buzz(round)
        case .relay(var round):
            round.shift(by: offset)
            self = .relay(round)
        case .risk(var round):
            round.shift(by: offset)
            self = .risk(round)
        case .essay(var round):
            round.shift(by: offset)
            self = .essay(round)
        case .tieBreak(var round):
            round.questions.shift(by: offset)
            self = .tieBreak(round)
        }
    }
}
