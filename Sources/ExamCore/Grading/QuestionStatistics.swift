import ContestCore

/// How one question fared across all candidates, for the 命题组 that wrote it.
public struct QuestionStatistics: Sendable, Hashable {
    public var id: String
    public var number: Int
    public var type: QuestionType
    /// Candidates per outcome (`right`, `wrong`, …); candidates who never entered are not counted.
    public var outcomes: [ObjectiveMark.Outcome: Int]
    public var points: Points
    /// Mean time spent by those who answered it.
    public var meanTime: Micros

    public func count(_ outcome: ObjectiveMark.Outcome) -> Int { outcomes[outcome] ?? 0 }

    /// Candidates who saved an answer.
    public var answered: Int { outcomes.filter { $0.key != .unanswered }.values.reduce(0, +) }
}
