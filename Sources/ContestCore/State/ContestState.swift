/// The whole contest as a value: configuration, bank, and everything folded from the events so far.
///
/// `handle(_:)` decides a command against it; `apply(_:at:)` folds a journal record back in. Both go
/// through the same fold, so a replay reaches exactly the state the live contest had.
public struct ContestState: Sendable, Hashable {
    public let config: ContestConfig
    public let bank: QuestionPool
    public internal(set) var game: Game
    /// Questions shown so far; never reused, not even after an undo.
    public internal(set) var used: Set<String>
    /// How many questions have been shown: part of the draw seed, so draws never repeat a pick.
    public internal(set) var draws: Int
    public internal(set) var revealed: Set<String>
    /// The last question that stopped taking answers: what `revealAnswer` shows; an undo puts back the one before.
    public internal(set) var lastSettled: String?
    public internal(set) var pausedAt: Micros?
    /// The states before each ruling of the running segment, newest last.
    public internal(set) var checkpoints: [Checkpoint]

    public init(config: ContestConfig, bank: [Question]) {
        self.config = config
        self.bank = QuestionPool(bank)
        self.game = Game()
        self.used = []
        self.draws = 0
        self.revealed = []
        self.lastSettled = nil
        self.pausedAt = nil
        self.checkpoints = []
    }

    /// When the shell should next send `tick`: the running segment's deadline, unless paused.
    public var nextDeadline: Micros? { pausedAt == nil ? game.segment?.state.deadline : nil }

    /// Folds one journal record: the events one accepted command produced, at its time.
    public mutating func apply(_ events: [Event], at: Micros) {
        var batch = batch(at: at)
        for event in events { fold(event, at: at, batch: &batch) }
    }

    /// What a batch of events needs to know about the moment it started, for the undo checkpoint.
    struct Batch {
        let start: Checkpoint
        var checkpointed = false
    }

    /// A batch of events starting now, at `at`, remembering the state an undo would go back to.
    func batch(at: Micros) -> Batch {
        Batch(start: Checkpoint(game: game, frozenAt: pausedAt ?? at, lastSettled: lastSettled))
    }

    mutating func fold(_ event: Event, at: Micros, batch: inout Batch) {
        if event.isRuling && !batch.checkpointed {
            checkpoints.append(batch.start)
            batch.checkpointed = true
        }
        switch event {
        case .segmentStarted(let index, let order):
            game.phase = .running(segment: index, SegmentState(rules: config.segments[index].rules, order: order))
            checkpoints = []
            lastSettled = nil
        case .segmentEnded(let index):
            game.completed.append(index)
            game.phase = .between
            checkpoints = []
        case .contestFinished:
            game.phase = .finished
            checkpoints = []
        case .pointsAwarded(let entry):
            game.ledger.append(entry)
        case .questionShown(let id, _, _, _):
            used.insert(id)
            draws += 1
            game.updateSegment { $0.apply(event, at: at) }
        case .answerRevealed(let id):
            revealed.insert(id)
        case .paused:
            pausedAt = at
        case .resumed:
            let offset = max(0, at - (pausedAt ?? at))
            game.updateSegment { $0.shift(by: offset) }
            pausedAt = nil
        case .rulingUndone:
            guard let checkpoint = checkpoints.popLast() else { return }
            checkpoint.restore(&game)
            lastSettled = checkpoint.lastSettled
            let now = pausedAt ?? at
            game.updateSegment { $0.shift(by: max(0, now - checkpoint.frozenAt)) }
            // An overtime ruling came from the clock: restored with no time left the clock would only
            // fire again, so it comes back stopped, the answer waiting for the host's ruling.
            if let deadline = game.segment?.state.deadline, deadline <= now {
                game.updateSegment { $0.apply(.clockExpired(until: nil), at: at) }
            }
        case .tieBreakPlaced:
            game.updateSegment { $0.apply(event, at: at) }
            if case .running(_, .tieBreak(let round)) = game.phase, round.isDecided {
                game.tieBreakOrders.append(round.placed)
            }
        case .answerRuled(_, let id, _, _), .questionClosed(let id, _), .questionSkipped(let id),
            .questionVoided(let id):
            lastSettled = id
            game.updateSegment { $0.apply(event, at: at) }
        case .turnStarted, .turnEnded, .buzzersArmed, .buzzRecorded, .answerRightGranted, .answerSubmitted,
            .essayScoreSubmitted, .clockExpired:
            game.updateSegment { $0.apply(event, at: at) }
        }
    }
}
