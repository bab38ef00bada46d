import Testing

@testable import ContestCore

/// A whole 8-team final, first segment to award list, as the host, judges and teams would play it.
struct FullFinalTests {
    static let segments: [SegmentConfig] = {
        var buzz = BuzzRules()
        buzz.questionCount = 4
        buzz.falseStartPoints = -5
        return [
            SegmentConfig(rules: .speed(SpeedRules()), draw: DrawFilter(types: [.single, .trueFalse, .fill])),
            SegmentConfig(rules: .buzz(buzz), draw: DrawFilter(types: [.single])),
            SegmentConfig(rules: .relay(RelayRules()), draw: DrawFilter(types: [.trueFalse, .single])),
            SegmentConfig(rules: .risk(RiskRules()), draw: DrawFilter(types: [.short])),
            SegmentConfig(rules: .essay(EssayRules()), draw: DrawFilter(types: [.essay])),
            SegmentConfig(rules: .tieBreak(BuzzRules()), draw: DrawFilter(types: [.single])),
        ]
    }()

    /// A contest clock for scripts: every call moves one second on.
    struct Clock {
        var now: Micros = 0
        mutating func next(_ seconds: Double = 1) -> Micros {
            now += s(seconds)
            return now
        }
    }

    func totals(_ h: Harness) -> [Points] { (1...8).map { h.total(TeamID($0)) } }

    @Test func aFullFinalFromTheFirstSegmentToTheAwardList() {
        var h = Harness(Fixture.contest(Self.segments, seed: 20_240_501))
        var clock = Clock()

        // 速答题: team k answers correctly as often as the table says, then once wrong, then time runs out.
        h.ok(.startSegment(0), at: clock.next())
        for (team, rights) in zip(1...8, [3, 2, 2, 1, 1, 1, 0, 0]) {
            let start = clock.next()
            h.ok(.nextTurn, at: start)
            for _ in 0..<rights { h.ok(.answer(h.answer(correct: true)), by: .t(team), at: clock.next()) }
            h.ok(.answer(h.answer(correct: false)), by: .t(team, 2), at: clock.next())
            h.tick(start + s(60))
            h.tick(start + s(63))
            clock.now = start + s(63)
        }
        h.ok(.endSegment, at: clock.next())
        #expect(totals(h) == [30, 20, 20, 10, 10, 10, 0, 0].map { Points($0) })

        // 抢答题: a false start, a wrong answer re-opened to the others, a void, and an overtime.
        h.ok(.startSegment(1), at: clock.next())
        h.ok(.showQuestion(id: nil), at: clock.next())
        h.ok(.buzz, by: .t(8), at: clock.next())
        let armed = clock.next()
        h.ok(.armBuzzers, at: armed)
        h.ok(.buzz, by: .t(5, 3), at: armed + 1_200)
        h.ok(.buzz, by: .t(2), at: armed + 1_000)
        #expect(h.view.buzzes.map(\.marginText) == ["犯规", "+0.00 ms", "+0.20 ms"])
        h.ok(.rule(.wrong), by: .judge(1), at: clock.next())
        h.ok(.buzz, by: .t(5), at: clock.next())
        h.ok(.rule(.correct), by: .judge(1), at: clock.next())
        h.ok(.revealAnswer, at: clock.next())
        h.ok(.showQuestion(id: nil), at: clock.next())
        h.ok(.armBuzzers, at: clock.next())
        h.ok(.buzz, by: .t(1), at: clock.next())
        h.ok(.answer(h.answer(correct: true)), by: .t(1), at: clock.next())
        h.ok(.showQuestion(id: nil), at: clock.next())
        let silent = clock.next()
        h.ok(.armBuzzers, at: silent)
        h.tick(silent + s(15))
        #expect(h.view.outcome == .noBuzz)
        h.ok(.showQuestion(id: nil), at: clock.next(20))
        h.ok(.armBuzzers, at: clock.next())
        h.ok(.buzz, by: .t(7), at: clock.next())
        h.ok(.rule(.correct), at: clock.next())
        h.ok(.showQuestion(id: nil), at: clock.next())
        h.ok(.armBuzzers, at: clock.next())
        let late = clock.next()
        h.ok(.buzz, by: .t(3), at: late)
        h.tick(late + s(20))
        h.tick(late + s(35))
        #expect(h.view.outcome == .unanswered)
        h.refused(.questionLimitReached, .showQuestion(id: nil), at: late + s(40))
        clock.now = late + s(40)
        h.ok(.endSegment, at: clock.next())
        #expect(totals(h) == [40, 10, 10, 10, 20, 10, 10, -5].map { Points($0) })

        // 接力答题: sweeps, breaks, and a relay that runs out of time.
        h.ok(.startSegment(2), at: clock.next())
        let relays: [[Bool]] = [
            [true, true, true], [true, false], [true, true, true], [false], [true, true], [true, true, true], [false],
            [true, false],
        ]
        for (team, answers) in zip(1...8, relays) {
            let start = clock.next()
            h.ok(.nextTurn, at: start)
            for (seat, right) in zip(1...3, answers) {
                h.ok(.answer(h.answer(correct: right)), by: .t(team, seat), at: clock.next())
            }
            if h.view.turn != nil {
                h.tick(start + s(90))
                h.tick(start + s(93))
                clock.now = start + s(93)
            }
            #expect(h.view.turn == nil)
        }
        h.ok(.endSegment, at: clock.next())
        #expect(totals(h) == [90, 20, 60, 10, 40, 60, 10, 5].map { Points($0) })

        // 进阶风险题: lowest first; climbs, stops, declines, a loss and an overtime.
        h.ok(.startSegment(3), at: clock.next())
        guard case .risk(let round) = h.state.game.segment?.state else {
            Issue.record("risk segment not running")
            return
        }
        #expect(round.turns.teams == [8, 4, 7, 2, 5, 3, 6, 1])
        h.ok(.nextTurn, at: clock.next())
        h.ok(.pickTier(0), by: .t(8), at: clock.next())
        h.ok(.rule(.correct), by: .judge(2), at: clock.next())
        h.ok(.climb, by: .t(8), at: clock.next())
        h.ok(.rule(.correct), by: .judge(2), at: clock.next())
        h.ok(.stop, by: .t(8), at: clock.next())
        h.ok(.nextTurn, at: clock.next())
        h.ok(.onBehalf(team: 4, .pickTier(1)), at: clock.next())
        h.ok(.rule(.correct), at: clock.next())
        h.ok(.climb, by: .t(4), at: clock.next())
        h.ok(.rule(.wrong), at: clock.next())
        h.ok(.nextTurn, at: clock.next())
        h.ok(.decline, by: .t(7), at: clock.next())
        h.ok(.nextTurn, at: clock.next())
        h.ok(.pickTier(0), by: .t(2), at: clock.next())
        h.ok(.rule(.correct), at: clock.next())
        h.ok(.stop, by: .t(2), at: clock.next())
        h.ok(.nextTurn, at: clock.next())
        h.ok(.pickTier(2), by: .t(5), at: clock.next())
        h.ok(.rule(.correct), at: clock.next())
        h.ok(.nextTurn, at: clock.next())
        h.ok(.pickTier(1), by: .t(3), at: clock.next())
        h.ok(.rule(.wrong), at: clock.next())
        h.ok(.nextTurn, at: clock.next())
        let risky = clock.next()
        h.ok(.pickTier(0), by: .t(6), at: risky)
        h.tick(risky + s(30))
        clock.now = risky + s(30)
        h.ok(.nextTurn, at: clock.next())
        h.ok(.decline, by: .t(1), at: clock.next())
        h.ok(.endSegment, at: clock.next())
        #expect(totals(h) == [90, 30, 40, 0, 70, 50, 10, 35].map { Points($0) })

        // 论述题: five judges each; the highest and lowest scores are dropped.
        h.ok(.startSegment(4), at: clock.next())
        let panels = [
            [18, 17, 19, 16, 18], [15, 15, 15, 15, 15], [12, 14, 13, 20, 10], [10, 10, 10, 10, 10],
            [16, 16, 16, 16, 16],
            [20, 19, 18, 17, 16], [5, 6, 7, 8, 9], [10, 12, 11, 9, 13],
        ]
        for (team, panel) in zip(1...8, panels) {
            h.ok(.nextTurn, at: clock.next())
            for (judge, score) in zip(1...5, panel) {
                h.ok(.scoreEssay(team: TeamID(team), score: Points(score)), by: .judge(judge), at: clock.next())
            }
        }
        h.ok(.endSegment, at: clock.next())
        #expect(h.total(1) == Points(hundredths: 10_767))
        #expect(h.state.awards.tiesToBreak.isEmpty)

        // The arbitration group corrects team 3's essay entry: now 3 and 6 tie across the 2nd/3rd boundary.
        h.ok(.correctScore(team: 3, delta: 15, reason: "仲裁组复核：论述题分数录入有误"), at: clock.next())
        #expect(h.state.awards.tiesToBreak == [[3, 6]])

        // 加赛: sudden death between 3 and 6 only.
        h.ok(.startSegment(5), at: clock.next())
        h.ok(.showQuestion(id: nil), at: clock.next())
        h.ok(.armBuzzers, at: clock.next())
        h.refused(.notEligible, .buzz, by: .t(1), at: clock.next())
        h.ok(.buzz, by: .t(6), at: clock.next())
        h.ok(.rule(.wrong), at: clock.next())
        h.ok(.buzz, by: .t(3), at: clock.next())
        h.ok(.rule(.correct), at: clock.next())
        h.ok(.endSegment, at: clock.next())
        h.ok(.finishContest, at: clock.next())

        let awards = h.state.awards
        #expect(awards.tiesToBreak.isEmpty)
        #expect(awards.lines.map(\.team) == [1, 5, 3, 6, 8, 2, 7, 4])
        #expect(awards.lines.map(\.award) == ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "三等奖", "三等奖"])
        #expect(awards.lines.map(\.rank) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(totals(h).map(\.description) == ["107.67", "45", "68", "10", "86", "68", "17", "46"])

        var replayed = Fixture.contest(Self.segments, seed: 20_240_501)
        for record in h.log { replayed.apply(record.events, at: record.at) }
        #expect(replayed == h.state)
    }
}
