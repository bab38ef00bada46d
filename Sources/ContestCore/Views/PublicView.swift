/// What screens and teams may see: never an answer before the host reveals it.
public struct PublicView: Sendable, Hashable {
    public var title: String
    public var stage: Stage
    public var segment: SegmentSummary?
    public var paused: Bool
    /// The team whose turn it is (speed, relay, risk, essay).
    public var turn: TeamID?
    public var question: QuestionCard?
    /// The question answered just before, when another one is already on screen (speed, relay).
    public var previous: QuestionCard?
    public var deadline: Micros?
    /// Time left at the moment of the view; frozen while paused.
    public var remaining: Micros?
    public var buzzes: [BuzzLine]
    /// The team holding the right to answer a buzz question.
    public var answering: TeamID?
    /// Whether the buzz question on screen takes buzzes, and in which round; nil once it closes.
    public var buzzers: BuzzerStatus?
    /// How a buzz question ended, once it has.
    public var outcome: QuestionOutcome?
    public var riskTier: Int?
    /// The points of each risk tier while a risk segment runs, so a team sees what it picks.
    public var riskTiers: [Int]?
    /// How many judges have scored the current essay.
    public var essayScoresIn: Int?
    public var scoreboard: [Standing]
    public var awards: AwardList

    public enum Stage: String, Sendable, Hashable {
        case notStarted, running, between, finished
    }

    /// A view with only the given fields; the rest empty, as a client builds one before the first state.
    public init(
        title: String, stage: Stage = .notStarted, paused: Bool = false, scoreboard: [Standing] = [],
        awards: AwardList = AwardList()
    ) {
        (self.title, self.stage, self.paused, self.scoreboard, self.awards) = (title, stage, paused, scoreboard, awards)
        buzzes = []
    }

    public init(_ state: ContestState, now: Micros) {
        title = state.config.title
        paused = state.pausedAt != nil
        let board = state.scoreboard
        scoreboard = board.standings
        awards = AwardList(scoreboard: board, tiers: state.config.awards)
        buzzes = []
        switch state.game.phase {
        case .notStarted: stage = .notStarted
        case .running: stage = .running
        case .between: stage = .between
        case .finished: stage = .finished
        }
        guard let (index, segmentState) = state.game.segment else { return }
        let config = state.config.segments[index]
        segment = SegmentSummary(index: index, title: config.title, kind: config.kind)
        deadline = segmentState.deadline
        remaining = deadline.map { max(0, $0 - (state.pausedAt ?? now)) }
        let shown = segmentState.shownQuestion
        func card(_ id: String) -> QuestionCard? {
            state.bank[id].map { QuestionCard($0, revealed: state.revealed.contains(id)) }
        }
        question = shown.flatMap(card)
        previous = state.lastSettled.flatMap { $0 == shown ? nil : card($0) }
        switch segmentState {
        case .speed(let round), .relay(let round):
            turn = round.turn?.team
        case .buzz(let round):
            describe(round, config: state.config)
        case .tieBreak(let round):
            describe(round.questions, config: state.config)
        case .risk(let round):
            if case .risk(let rules) = config.rules { riskTiers = rules.tiers.map(\.value) }
            switch round.phase {
            case .waiting, .done: break
            case .choosing(let team): turn = team
            case .answering(let answer): (turn, riskTier) = (answer.team, answer.tier)
            case .deciding(let team, let tier): (turn, riskTier) = (team, tier)
            }
        case .essay(let round):
            turn = round.turn?.team
            essayScoresIn = round.turn?.scores.count
        }
    }

    private mutating func describe(_ round: BuzzRound, config: ContestConfig) {
        switch round.phase {
        case .idle:
            break
        case .open(let current):
            answering = current.holder?.team
            buzzes = BuzzLine.lines(for: current, config: config)
            buzzers = BuzzerStatus(current)
        case .closed(let question, let result):
            buzzes = BuzzLine.lines(for: question, config: config)
            outcome = result
        }
    }
}

/// Which segment is running.
public struct SegmentSummary: Sendable, Hashable {
    public var index: Int
    public var title: String
    public var kind: SegmentKind

    public init(index: Int, title: String, kind: SegmentKind) {
        (self.index, self.title, self.kind) = (index, title, kind)
    }
}

/// A question as the hall sees it: the answer and explanation only once revealed.
public struct QuestionCard: Sendable, Hashable {
    public var id: String
    public var type: QuestionType
    public var stem: String
    public var options: [String]
    public var answer: String?
    public var explanation: String?

    public init(
        id: String, type: QuestionType, stem: String, options: [String] = [], answer: String? = nil,
        explanation: String? = nil
    ) {
        (self.id, self.type, self.stem, self.options) = (id, type, stem, options)
        (self.answer, self.explanation) = (answer, explanation)
    }

    public init(_ question: Question, revealed: Bool) {
        id = question.id
        type = question.type
        stem = question.stem
        options = question.options
        answer = revealed ? question.answer.display : nil
        explanation = revealed ? question.explanation : nil
    }
}

/// One buzz on the screen, with its margin behind the first valid buzz of its round.
public struct BuzzLine: Sendable, Hashable {
    public var team: TeamID
    public var name: String
    public var seat: Int
    public var at: Micros
    public var falseStart: Bool
    public var round: Int
    /// Behind the round's first valid buzz; nil for false starts.
    public var margin: Micros?
    /// `+0.20 ms`, or `犯规` for a false start.
    public var marginText: String

    public init(
        team: TeamID, name: String, seat: Int = 1, at: Micros = 0, falseStart: Bool = false, round: Int = 1,
        margin: Micros? = nil, marginText: String
    ) {
        (self.team, self.name, self.seat, self.at, self.falseStart) = (team, name, seat, at, falseStart)
        (self.round, self.margin, self.marginText) = (round, margin, marginText)
    }

    static func lines(for question: BuzzQuestion, config: ContestConfig) -> [BuzzLine] {
        question.buzzes.map { buzz in
            let first = question.buzzes.first { $0.round == buzz.round && !$0.falseStart }?.at
            let margin = buzz.falseStart ? nil : first.map { buzz.at - $0 }
            return BuzzLine(
                team: buzz.team, name: config.team(buzz.team)?.name ?? "\(buzz.team)", seat: buzz.seat, at: buzz.at,
                falseStart: buzz.falseStart, round: buzz.round, margin: margin,
                marginText: margin.map(Time.marginDescription) ?? "犯规")
        }
    }
}

extension SegmentState {
    /// The question on screen now, or the buzz question that just closed.
    var shownQuestion: String? {
        switch self {
        case .speed(let round), .relay(let round): return round.turn?.question
        case .buzz(let round): return round.shownQuestion
        case .tieBreak(let round): return round.questions.shownQuestion
        case .essay(let round): return round.turn?.question
        case .risk(let round):
            guard case .answering(let answer) = round.phase else { return nil }
            return answer.question
        }
    }
}

extension BuzzRound {
    var shownQuestion: String? {
        switch phase {
        case .idle: nil
        case .open(let question): question.question
        case .closed(let question, _): question.question
        }
    }
}
