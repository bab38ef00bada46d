/// 论述题: each team in turn answers an essay question and every judge scores it.
public struct EssayRound: Sendable, Hashable {
    public var turns: TurnOrder
    public var phase: Phase

    public enum Phase: Sendable, Hashable {
        case waiting
        case presenting(EssayTurn)
        case done
    }

    public init(order: [TeamID]) {
        turns = TurnOrder(order)
        phase = order.isEmpty ? .done : .waiting
    }

    public var turn: EssayTurn? {
        switch phase {
        case .presenting(let turn): turn
        case .waiting, .done: nil
        }
    }

    mutating func apply(_ event: Event) {
        switch (phase, event) {
        case (_, .turnStarted(let team, let deadline)):
            phase = .presenting(EssayTurn(team: team, deadline: deadline))
        case (_, .turnEnded):
            turns.next += 1
            phase = turns.upcoming == nil ? .done : .waiting
        case (.presenting(var turn), .questionShown(let id, _, _, let deadline)):
            turn.question = id
            turn.deadline = deadline
            turn.timeUp = false
            turn.scores = [:]
            phase = .presenting(turn)
        case (.presenting(var turn), .essayScoreSubmitted(let judge, _, let score)):
            turn.scores[judge] = score
            phase = .presenting(turn)
        case (.presenting(var turn), .clockExpired):
            turn.deadline = nil
            turn.timeUp = true
            phase = .presenting(turn)
        case (.waiting, _), (.presenting, _), (.done, _):
            break
        }
    }

    mutating func shift(by offset: Micros) {
        guard case .presenting(var turn) = phase else { return }
        turn.deadline = turn.deadline.map { $0 + offset }
        phase = .presenting(turn)
    }
}

/// One team's essay: the question, the answer time, and the judges' scores so far.
public struct EssayTurn: Sendable, Hashable {
    public var team: TeamID
    public var question: String?
    public var deadline: Micros?
    public var timeUp: Bool
    /// Judge number to score.
    public var scores: [Int: Points]

    public init(team: TeamID, deadline: Micros?) {
        self.team = team
        self.question = nil
        self.deadline = deadline
        self.timeUp = false
        self.scores = [:]
    }
}
