/// A segment in which teams take timed answering turns one after another: speed answer and relay.
public struct TurnRound: Sendable, Hashable {
    public var turns: TurnOrder
    public var phase: Phase

    public enum Phase: Sendable, Hashable {
        /// Waiting for the host to start the next team's turn.
        case waiting
        case answering(AnswerTurn)
        case done
    }

    public init(order: [TeamID]) {
        turns = TurnOrder(order)
        phase = order.isEmpty ? .done : .waiting
    }

    public var turn: AnswerTurn? {
        switch phase {
        case .answering(let turn): turn
        case .waiting, .done: nil
        }
    }

    mutating func apply(_ event: Event) {
        switch (phase, event) {
        case (_, .turnStarted(let team, let deadline)):
            phase = .answering(AnswerTurn(team: team, deadline: deadline))
        case (_, .turnEnded):
            turns.next += 1
            phase = turns.upcoming == nil ? .done : .waiting
        case (.answering(var turn), _):
            turn.apply(event)
            phase = .answering(turn)
        case (.waiting, _), (.done, _):
            break
        }
    }

    mutating func shift(by offset: Micros) {
        guard case .answering(var turn) = phase else { return }
        turn.deadline = turn.deadline.map { $0 + offset }
        phase = .answering(turn)
    }
}
