/// One command being decided: a draft of the state and the events emitted so far.
///
/// Every event is folded into the draft the moment it is emitted, so later checks in the same
/// command see its effect, and a replay of the emitted events reaches exactly the draft's state.
/// A rejection thrown half-way drops the draft: nothing changes.
struct Reduction {
    var state: ContestState
    private(set) var events: [Event] = []
    let command: Command
    private var batch: ContestState.Batch

    init(state: ContestState, command: Command) {
        self.state = state
        self.command = command
        self.batch = state.batch(at: command.at)
    }

    var at: Micros { command.at }

    /// Contest time for new deadlines: the command's time, or the start of the pause it falls in,
    /// so that a timer started during a pause gets its full length after the resume.
    var clock: Micros { state.pausedAt ?? command.at }

    mutating func emit(_ event: Event) {
        state.fold(event, at: at, batch: &batch)
        events.append(event)
    }

    /// The running segment's index, rules and state, or a rejection when none runs.
    func running() throws(Rejection) -> (index: Int, config: SegmentConfig, state: SegmentState) {
        guard let segment = state.game.segment else { throw Rejection(.noSegmentRunning) }
        return (segment.index, state.config.segments[segment.index], segment.state)
    }

    /// Emits a score change for the running segment; a zero change is not worth a record line,
    /// except a panel's verdict, which must stay on record (and undoable) whatever it is.
    mutating func award(_ team: TeamID, _ delta: Points, _ reason: ScoreReason, evenIfZero: Bool = false) {
        guard delta != .zero || evenIfZero else { return }
        emit(
            .pointsAwarded(
                entry: ScoreEntry(team: team, delta: delta, reason: reason, segment: state.game.segment?.index, at: at))
        )
    }

    /// A shown question's full text; a journal replayed against a changed bank may lack it.
    func question(_ id: String) throws(Rejection) -> Question {
        guard let question = state.bank[id] else { throw Rejection(.unknownQuestion) }
        return question
    }

    /// Draws the next unused question for the running segment, narrowed to a difficulty when given.
    func draw(_ filter: DrawFilter) throws(Rejection) -> Question {
        let drawn = state.bank.draw(matching: filter, excluding: state.used, seed: state.config.seed, draw: state.draws)
        guard let drawn else { throw Rejection(.bankExhausted) }
        return drawn
    }
}
