/// 进阶风险题: teams take turns lowest score first; each picks a tier, then climbs or stops.
public struct RiskRound: Sendable, Hashable {
    public var turns: TurnOrder
    public var phase: Phase

    public enum Phase: Sendable, Hashable {
        case waiting
        /// The team picks a tier or declines.
        case choosing(TeamID)
        case answering(RiskAnswer)
        /// After a correct answer: climb to the next tier or stop.
        case deciding(team: TeamID, tier: Int)
        case done
    }

    public init(order: [TeamID]) {
        turns = TurnOrder(order)
        phase = order.isEmpty ? .done : .waiting
    }

    public var deadline: Micros? {
        guard case .answering(let answer) = phase else { return nil }
        return answer.deadline
    }

    mutating func apply(_ event: Event) {
        switch (phase, event) {
        case (_, .turnStarted(let team, _)):
            phase = .choosing(team)
        case (_, .turnEnded):
            turns.next += 1
            phase = turns.upcoming == nil ? .done : .waiting
        case (.choosing(let team), .questionShown(let id, _, let tier, let deadline)),
            (.deciding(let team, _), .questionShown(let id, _, let tier, let deadline)):
            phase = .answering(RiskAnswer(team: team, tier: tier ?? 0, question: id, deadline: deadline))
        case (.answering(var answer), .questionShown(let id, _, _, let deadline)):
            answer.question = id
            answer.deadline = deadline
            answer.pending = nil
            phase = .answering(answer)
        case (.answering(var answer), .answerSubmitted(_, _, let submission)):
            answer.pending = submission
            phase = .answering(answer)
        case (.answering(var answer), .clockExpired):
            answer.deadline = nil
            phase = .answering(answer)
        case (.answering(let answer), .answerRuled):
            phase = .deciding(team: answer.team, tier: answer.tier)
        case (.waiting, _), (.choosing, _), (.answering, _), (.deciding, _), (.done, _):
            break
        }
    }

    mutating func shift(by offset: Micros) {
        guard case .answering(var answer) = phase else { return }
        answer.deadline = answer.deadline.map { $0 + offset }
        phase = .answering(answer)
    }
}

/// A risk question being answered at a chosen tier.
public struct RiskAnswer: Sendable, Hashable {
    public var team: TeamID
    public var tier: Int
    public var question: String
    public var deadline: Micros?
    public var pending: Submission?

    public init(team: TeamID, tier: Int, question: String, deadline: Micros?) {
        self.team = team
        self.tier = tier
        self.question = question
        self.deadline = deadline
        self.pending = nil
    }
}
