import Testing

@testable import ContestCore

/// Drives a contest the way the shell does, checking after every command that a replay of the
/// emitted events reaches exactly the same state.
struct Harness {
    var state: ContestState
    private(set) var log: [(at: Micros, events: [Event])] = []

    init(_ state: ContestState) { self.state = state }

    @discardableResult
    mutating func send(_ action: Action, by actor: Actor, at: Micros, sourceLocation: SourceLocation = #_sourceLocation)
        -> Result<[Event], Rejection>
    {
        let before = state
        let result = state.handle(Command(action, by: actor, at: at))
        switch result {
        case .success(let events):
            var replayed = before
            replayed.apply(events, at: at)
            #expect(replayed == state, "replaying the events must reach the same state", sourceLocation: sourceLocation)
            log.append((at, events))
        case .failure:
            #expect(before == state, "a rejection must not change the state", sourceLocation: sourceLocation)
        }
        return result
    }

    /// Sends an action that must be accepted and returns its events.
    @discardableResult
    mutating func ok(
        _ action: Action, by actor: Actor = .host, at: Micros, sourceLocation: SourceLocation = #_sourceLocation
    )
        -> [Event]
    {
        switch send(action, by: actor, at: at, sourceLocation: sourceLocation) {
        case .success(let events): return events
        case .failure(let rejection):
            Issue.record("\(action) by \(actor) was rejected: \(rejection.code)", sourceLocation: sourceLocation)
            return []
        }
    }

    /// Sends an action that must be refused with `code`.
    mutating func refused(
        _ code: Rejection.Code, _ action: Action, by actor: Actor = .host, at: Micros,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        switch send(action, by: actor, at: at, sourceLocation: sourceLocation) {
        case .success(let events):
            Issue.record("\(action) should be refused with \(code), got \(events)", sourceLocation: sourceLocation)
        case .failure(let rejection):
            #expect(rejection.code == code, sourceLocation: sourceLocation)
        }
    }

    @discardableResult
    mutating func tick(_ at: Micros, sourceLocation: SourceLocation = #_sourceLocation) -> [Event] {
        ok(.tick, by: .system, at: at, sourceLocation: sourceLocation)
    }

    /// Sends an action and checks the full state change: `expected` describes every change it makes.
    mutating func step(
        _ action: Action, by actor: Actor = .host, at: Micros, events: [Event],
        sourceLocation: SourceLocation = #_sourceLocation, _ expected: (inout ContestState) -> Void
    ) {
        var model = state
        expected(&model)
        let emitted = ok(action, by: actor, at: at, sourceLocation: sourceLocation)
        #expect(emitted == events, sourceLocation: sourceLocation)
        #expect(state == model, "the state changed in a way the test did not describe", sourceLocation: sourceLocation)
    }

    func total(_ team: TeamID) -> Points { state.game.total(of: team) }

    var view: PublicView { PublicView(state, now: 0) }

    var buzz: BuzzQuestion? { state.game.segment?.state.buzzRound?.current }

    /// The id of the question on screen now.
    var shown: String? { state.game.segment?.state.shownQuestion }

    var shownQuestion: Question? { shown.flatMap { state.bank[$0] } }

    /// A submission that grades correct (or wrong) for the question on screen.
    func answer(correct: Bool) -> Submission {
        guard let question = shownQuestion else { return .text("") }
        switch question.answer {
        case .choices(let key):
            if correct { return .choices(key) }
            return .choices([(key[0] + 1) % question.options.count])
        case .truth(let value): return .truth(correct ? value : !value)
        case .accepted(let spellings): return .text(correct ? spellings[0] : "不对")
        case .reference: return .text("口述答案")
        }
    }
}

extension Actor {
    static func t(_ team: Int, _ seat: Int = 1) -> Actor { .team(TeamID(team), seat: seat) }
}
