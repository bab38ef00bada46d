import Testing

@testable import ContestCore

/// Thousands of seeded random command sequences, valid and invalid: nothing traps and the
/// contest's invariants hold after every command.
struct RandomCommandTests {
    /// Picks a plausible command: every role, every action, times mostly moving forward.
    struct CommandSource {
        var random: SplitMix64
        var now: Micros = 0

        mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }

        mutating func next() -> Command {
            now += Micros(pick(4_000_000))
            let at = pick(10) == 0 ? now - Micros(pick(2_000)) : now
            let team = TeamID(1 + pick(9))
            let player: Actor = .team(team, seat: 1 + pick(3))
            let roll = pick(1_000)
            switch roll {
            case 0..<350:
                let actions: [Action] = [
                    .buzz, .buzz, .answer(.choices([pick(5)])), .answer(.truth(pick(2) == 0)),
                    .answer(.text("答案\(pick(3))")), .skip, .pickTier(pick(4)), .climb, .stop, .decline,
                ]
                return Command(actions[pick(actions.count)], by: player, at: at)
            case 350..<600:
                let actions: [Action] = [
                    .startSegment(pick(7)), .endSegment, .showQuestion(id: pick(4) == 0 ? "single-1-\(pick(14))" : nil),
                    .armBuzzers, .armBuzzers, .nextTurn, .nextTurn, .rule(pick(2) == 0 ? .correct : .wrong),
                ]
                return Command(actions[pick(actions.count)], by: .host, at: at)
            case 600..<700:
                let action: Action =
                    pick(2) == 0
                    ? .rule(pick(2) == 0 ? .correct : .wrong) : .scoreEssay(team: team, score: Points(pick(25)))
                return Command(action, by: .judge(1 + pick(6)), at: at)
            case 700..<800:
                now += pick(3) == 0 ? s(40) : 0
                return Command(.tick, by: .system, at: now)
            case 800..<950:
                let actions: [Action] = [
                    .pause, .resume, .resume, .resume, .undo, .undo, .void, .revealAnswer,
                    .correctScore(team: team, delta: Points(pick(21) - 10), reason: pick(3) == 0 ? "" : "更正"),
                    .onBehalf(team: team, .pickTier(pick(4))), .onBehalf(team: team, .buzz),
                    .startTieBreak(segment: 5, teams: [team, TeamID(1 + pick(8))]), .skip,
                ]
                return Command(actions[pick(actions.count)], by: .host, at: at)
            case 950..<999:
                let actors: [Actor] = [.host, .judge(1), player, .system]
                let actions: [Action] = [.tick, .armBuzzers, .buzz, .scoreEssay(team: team, score: 1), .undo]
                return Command(actions[pick(actions.count)], by: actors[pick(actors.count)], at: at)
            default:
                return Command(.finishContest, by: .host, at: at)
            }
        }
    }

    /// Plays one sequence and checks every invariant after every command; returns the events' JSON.
    static func play(seed: UInt64, length: Int) -> (records: [[Event]], state: ContestState) {
        var state = Fixture.contest(seed: seed)
        var source = CommandSource(random: SplitMix64(seed: seed))
        var ledger: [ScoreEntry] = []
        var undoStack: [(game: Game, ledger: [ScoreEntry])] = []
        var shown: Set<String> = []
        var records: [[Event]] = []
        for _ in 0..<length {
            let before = state
            let command = source.next()
            switch state.handle(command) {
            case .failure:
                #expect(state == before)
            case .success(let events):
                var replayed = before
                replayed.apply(events, at: command.at)
                #expect(replayed == state)
                if case .finished = before.game.phase { #expect(events.isEmpty) }
                if events.contains(where: \.isRuling) { undoStack.append((before.game, ledger)) }
                for event in events {
                    switch event {
                    case .pointsAwarded(let entry): ledger.append(entry)
                    case .questionShown(let id, _, _, _):
                        #expect(!shown.contains(id), "question \(id) shown twice")
                        shown.insert(id)
                    case .rulingUndone:
                        let restored = undoStack.removeLast()
                        ledger = restored.ledger
                        #expect(state.game.phase.segmentKind == restored.game.phase.segmentKind)
                        #expect(state.game.completed == restored.game.completed)
                    case .segmentStarted, .segmentEnded, .contestFinished: undoStack = []
                    default: break
                    }
                }
                records.append(events)
            }
            #expect(state.game.ledger == ledger)
            let board = state.scoreboard
            #expect(board.standings.map(\.total).reduce(.zero, +) == ledger.reduce(.zero) { $0 + $1.delta })
            #expect(state.checkpoints.count == undoStack.count)
            if let holder = state.game.segment?.state.buzzRound?.current?.holder {
                let question = state.game.segment?.state.buzzRound?.current
                #expect(question?.isOpen(to: holder.team) == true)
            }
        }
        return (records, state)
    }

    @Test(arguments: 0..<20)
    func randomSequencesNeverTrapAndKeepTheInvariants(batch: Int) {
        for offset in 0..<100 {
            _ = Self.play(seed: UInt64(batch * 100 + offset), length: 120)
        }
    }

    @Test func theSameCommandsGiveIdenticalEventsAndState() {
        for seed: UInt64 in [3, 99, 2024] {
            let (first, second) = (Self.play(seed: seed, length: 400), Self.play(seed: seed, length: 400))
            #expect(first.records == second.records)
            #expect(first.state == second.state)
        }
    }
}

extension Game.Phase {
    var segmentKind: String {
        switch self {
        case .notStarted: "notStarted"
        case .running(let index, _): "running \(index)"
        case .between: "between"
        case .finished: "finished"
        }
    }
}
