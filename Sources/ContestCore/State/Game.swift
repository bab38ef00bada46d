/// The part of the contest state that `undo` puts back: where the contest is and every score.
///
/// Questions already shown and answers already revealed stay outside it: the hall has seen them,
/// so undoing a ruling never makes a question new again.
public struct Game: Sendable, Hashable {
    public var phase: Phase
    /// Every score change in order; totals are derived from it, so they can never disagree.
    public var ledger: [ScoreEntry]
    /// Segments played to their end, in the order they were played.
    public var completed: [Int]
    /// Each finished tie-break's order, earliest first.
    public var tieBreakOrders: [[TeamID]]

    public enum Phase: Sendable, Hashable {
        case notStarted
        case running(segment: Int, SegmentState)
        case between
        case finished
    }

    public init() {
        phase = .notStarted
        ledger = []
        completed = []
        tieBreakOrders = []
    }

    public var segment: (index: Int, state: SegmentState)? {
        guard case .running(let index, let state) = phase else { return nil }
        return (index, state)
    }

    public func total(of team: TeamID) -> Points {
        ledger.reduce(Points.zero) { $0 + ($1.team == team ? $1.delta : .zero) }
    }

    mutating func updateSegment(_ body: (inout SegmentState) -> Void) {
        guard case .running(let index, var state) = phase else { return }
        body(&state)
        phase = .running(segment: index, state)
    }
}

/// The game as it was just before a ruling, the frozen contest time at that moment, and the
/// question `revealAnswer` showed then, so an undo never leaves reveal pointing at a re-opened question.
///
/// The ledger only grows between a checkpoint and its undo, so the checkpoint keeps its length, not
/// a copy: a copy made every later append copy the whole ledger, and a journal of 100,000
/// corrections took minutes to replay.
public struct Checkpoint: Sendable, Hashable {
    public var phase: Game.Phase
    /// How many ledger entries there were; an undo cuts the ledger back to this.
    public var ledgerCount: Int
    public var completed: [Int]
    public var tieBreakOrders: [[TeamID]]
    /// Contest time with pauses taken out: the time of the ruling, or the start of the pause it fell in.
    public var frozenAt: Micros
    /// `ContestState.lastSettled` before the ruling.
    public var lastSettled: String?

    init(game: Game, frozenAt: Micros, lastSettled: String? = nil) {
        (phase, ledgerCount, completed, tieBreakOrders) = (
            game.phase, game.ledger.count, game.completed, game.tieBreakOrders
        )
        (self.frozenAt, self.lastSettled) = (frozenAt, lastSettled)
    }

    /// The segment being played at the checkpoint, if any.
    var segmentState: SegmentState? {
        guard case .running(_, let state) = phase else { return nil }
        return state
    }

    /// Puts `game` back as it was at the checkpoint.
    func restore(_ game: inout Game) {
        game.phase = phase
        game.ledger.removeLast(max(0, game.ledger.count - ledgerCount))
        game.completed = completed
        game.tieBreakOrders = tieBreakOrders
    }
}
