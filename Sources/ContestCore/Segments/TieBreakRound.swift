/// 加赛: sudden-death buzz questions among the tied teams until each has its place.
public struct TieBreakRound: Sendable, Hashable {
    public var participants: [TeamID]
    /// Teams in the order they won their places.
    public var placed: [TeamID]
    public var questions: BuzzRound

    public init(participants: [TeamID]) {
        self.participants = participants
        self.placed = []
        self.questions = BuzzRound()
    }

    /// Teams still playing for a place.
    public var remaining: [TeamID] { participants.filter { !placed.contains($0) } }

    public var isDecided: Bool { placed.count == participants.count }

    mutating func apply(_ event: Event, at: Micros) {
        if case .tieBreakPlaced(let team) = event {
            placed.append(team)
        } else {
            questions.apply(event, at: at)
        }
    }
}
