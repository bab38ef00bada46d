import Testing

@testable import ContestCore

/// 抢答题: arming, false starts, first buzz by receive time, answer window, re-open, void.
struct BuzzSegmentTests {
    static func armed(_ rules: BuzzRules = BuzzRules(), at: Micros = s(10)) -> Harness {
        var h = Harness(Fixture.contest(Fixture.one(.buzz(rules), draw: DrawFilter(types: [.single]))))
        h.ok(.startSegment(0), at: s(1))
        h.ok(.showQuestion(id: nil), at: s(2))
        h.ok(.armBuzzers, at: at)
        return h
    }

    @Test func showingAQuestionThenArmingStatesEveryChange() {
        var h = Harness(Fixture.contest(Fixture.one(.buzz(BuzzRules()), draw: DrawFilter(types: [.single]))))
        h.step(.startSegment(0), at: s(1), events: [.segmentStarted(segment: 0, order: Fixture.config().teamIDs)]) {
            $0.game.phase = .running(segment: 0, .buzz(BuzzRound()))
        }
        let drawn = h.state.bank.draw(matching: DrawFilter(types: [.single]), excluding: [], seed: 2024, draw: 0)!
        h.step(
            .showQuestion(id: nil), at: s(2),
            events: [.questionShown(question: drawn.id, team: nil, tier: nil, deadline: nil)]
        ) {
            $0.game.phase = .running(
                segment: 0, .buzz(BuzzRound(asked: 0, phase: .open(BuzzQuestion(question: drawn.id)))))
            $0.used = [drawn.id]
            $0.draws = 1
        }
        h.step(.armBuzzers, at: s(3), events: [.buzzersArmed(deadline: s(18))]) {
            var question = BuzzQuestion(question: drawn.id)
            question.stage = .armed(deadline: s(18))
            question.round = 1
            question.armedAt = s(3)
            $0.game.phase = .running(segment: 0, .buzz(BuzzRound(asked: 0, phase: .open(question))))
        }
    }

    @Test func theEarliestReceiveTimeWinsEvenWhenItArrivesSecond() {
        var h = Self.armed()
        h.ok(.buzz, by: .t(5), at: s(11) + 1_000)
        #expect(h.buzz?.holder?.team == 5)
        h.ok(.buzz, by: .t(2), at: s(11) + 800)
        #expect(h.buzz?.holder?.team == 2)
        #expect(h.buzz?.holder?.deadline == s(11) + 800 + s(20))
        #expect(h.view.buzzes.map(\.team) == [2, 5])
        #expect(h.view.buzzes.map(\.marginText) == ["+0.00 ms", "+0.20 ms"])
    }

    @Test func aLateEarlierBuzzDoesNotTakeOverAnAnswerAlreadyGiven() {
        var rules = BuzzRules()
        rules.questionCount = 1
        var typed = Harness(Fixture.contest(Fixture.one(.buzz(rules), draw: DrawFilter(types: [.short]))))
        typed.ok(.startSegment(0), at: s(1))
        typed.ok(.showQuestion(id: nil), at: s(2))
        typed.ok(.armBuzzers, at: s(3))
        typed.ok(.buzz, by: .t(5), at: s(4))
        typed.ok(.answer(.text("口述")), by: .t(5), at: s(5))
        typed.ok(.buzz, by: .t(2), at: s(4) - 10)
        #expect(typed.buzz?.holder?.team == 5)
        #expect(typed.buzz?.buzzes.map(\.team) == [2, 5])
    }

    @Test(arguments: [(0, Points(0)), (-5, Points(-5))])
    func aBuzzBeforeArmingIsAFalseStartThatLocksTheTeamOut(penalty: Int, expected: Points) {
        var rules = BuzzRules()
        rules.falseStartPoints = penalty
        var h = Harness(Fixture.contest(Fixture.one(.buzz(rules), draw: DrawFilter(types: [.single]))))
        h.ok(.startSegment(0), at: s(1))
        h.ok(.showQuestion(id: nil), at: s(2))
        h.ok(.buzz, by: .t(3), at: s(3))
        #expect(h.total(3) == expected)
        #expect(h.view.buzzes.first?.marginText == "犯规")
        h.ok(.armBuzzers, at: s(4))
        h.refused(.lockedOut, .buzz, by: .t(3), at: s(5))
        h.ok(.buzz, by: .t(4), at: s(5))
        #expect(h.buzz?.holder?.team == 4)
    }

    @Test func aBuzzReceivedBeforeArmingButReadAfterIsStillAFalseStart() {
        var h = Self.armed(at: s(10))
        h.ok(.buzz, by: .t(6), at: s(10) - 50)
        #expect(h.buzz?.lockedOut == [6])
        #expect(h.buzz?.holder == nil)
    }

    @Test(arguments: [
        (Verdict.correct, Points(10), false), (Verdict.wrong, Points(-10), true),
    ])
    func rulingsScoreAndAWrongAnswerReopensToTheOthers(verdict: Verdict, points: Points, reopens: Bool) {
        var h = Self.armed()
        h.ok(.buzz, by: .t(1), at: s(11))
        h.ok(.rule(verdict), by: .judge(2), at: s(13))
        #expect(h.total(1) == points)
        if reopens {
            #expect(h.buzz?.round == 2)
            #expect(h.buzz?.deadline == s(13) + s(15))
            h.refused(.lockedOut, .buzz, by: .t(1), at: s(14))
            h.ok(.buzz, by: .t(2), at: s(14))
            #expect(h.buzz?.holder?.team == 2)
        } else {
            #expect(h.view.outcome == .answered(1))
        }
    }

    @Test func theViewSaysWhetherABuzzCountsNowAndWhoIsOut() {
        var h = Harness(Fixture.contest(Fixture.one(.buzz(BuzzRules()), draw: DrawFilter(types: [.single]))))
        h.ok(.startSegment(0), at: s(1))
        #expect(h.view.buzzers == nil)
        h.ok(.showQuestion(id: nil), at: s(2))
        #expect(h.view.buzzers == BuzzerStatus(round: 0, open: false, out: []))
        h.ok(.buzz, by: .t(4), at: s(3))
        #expect(h.view.buzzers == BuzzerStatus(round: 0, open: false, out: [4]))
        h.ok(.armBuzzers, at: s(10))
        #expect(h.view.buzzers == BuzzerStatus(round: 1, open: true, out: [4]))
        h.ok(.buzz, by: .t(1), at: s(11))
        #expect(h.view.buzzers == BuzzerStatus(round: 1, open: false, out: [4]))
        h.ok(.rule(.wrong), at: s(12))
        #expect(h.view.buzzers == BuzzerStatus(round: 2, open: true, out: [1, 4]))
        h.ok(.buzz, by: .t(2), at: s(13))
        h.ok(.rule(.correct), at: s(14))
        #expect(h.view.buzzers == nil)
        #expect(h.view.outcome == .answered(2))
    }

    @Test func undoingAnOvertimeGivesTheHolderBackTheAnswerWithTheClockStopped() {
        var h = Self.armed()
        h.ok(.buzz, by: .t(1), at: s(11))
        let deadline = h.state.nextDeadline ?? 0
        h.tick(deadline)
        #expect(h.total(1) == -10)
        #expect(h.buzz?.round == 2)
        h.ok(.undo, at: deadline + s(5))
        #expect(h.buzz?.holder == AnswerRight(team: 1, seat: 1, deadline: nil))
        #expect(h.total(1) == 0)
        h.ok(.rule(.correct), at: deadline + s(6))
        #expect(h.total(1) == 10)
    }

    @Test func withoutReopenAWrongAnswerClosesTheQuestion() {
        var rules = BuzzRules()
        rules.reopenAfterWrong = false
        var h = Self.armed(rules)
        h.ok(.buzz, by: .t(1), at: s(11))
        h.ok(.rule(.wrong), at: s(12))
        #expect(h.view.outcome == .unanswered)
    }

    @Test func noBuzzInTheWindowVoidsTheQuestionAndItDoesNotCount() {
        var h = Self.armed(at: s(10))
        #expect(h.state.nextDeadline == s(25))
        #expect(h.tick(s(24.9)) == [])
        h.refused(.notArmed, .buzz, by: .t(1), at: s(25.5))
        let events = h.tick(s(25))
        #expect(events.count == 1)
        #expect(h.view.outcome == .noBuzz)
        guard case .buzz(let round) = h.state.game.segment?.state else {
            Issue.record("not a buzz round")
            return
        }
        #expect(round.asked == 0)
        h.refused(.noQuestion, .buzz, by: .t(1), at: s(25.1))
    }

    @Test func anAnswerWindowThatRunsOutCountsAsWrong() {
        var h = Self.armed()
        h.ok(.buzz, by: .t(7), at: s(11))
        h.tick(s(31))
        #expect(h.total(7) == -10)
        #expect(h.buzz?.answeredWrong == [7])
        h.refused(.notYourTurn, .answer(.choices([0])), by: .t(7), at: s(32))
    }

    @Test func aTypedObjectiveAnswerIsGradedAtOnce() {
        var h = Self.armed()
        h.ok(.buzz, by: .t(4), at: s(11))
        h.refused(.notYourTurn, .answer(h.answer(correct: true)), by: .t(5), at: s(12))
        h.ok(.answer(h.answer(correct: true)), by: .t(4, 2), at: s(12))
        #expect(h.total(4) == 10)
    }

    @Test func aTeamBuzzesOncePerRoundAndAllWrongClosesTheQuestion() {
        var h = Self.armed()
        h.ok(.buzz, by: .t(1), at: s(11))
        h.refused(.alreadyBuzzed, .buzz, by: .t(1, 2), at: s(11.5))
        for (index, team) in (1...8).enumerated() {
            if team > 1 { h.ok(.buzz, by: .t(team), at: s(20 + Double(index))) }
            h.ok(.rule(.wrong), at: s(20.5 + Double(index)))
        }
        #expect(h.view.outcome == .unanswered)
        guard case .buzz(let round) = h.state.game.segment?.state else {
            Issue.record("not a buzz round")
            return
        }
        #expect(round.asked == 1)
    }

    @Test func theSegmentStopsAfterItsQuestionCount() {
        var rules = BuzzRules()
        rules.questionCount = 1
        var h = Self.armed(rules)
        h.ok(.buzz, by: .t(1), at: s(11))
        h.ok(.rule(.correct), at: s(12))
        h.refused(.questionLimitReached, .showQuestion(id: nil), at: s(13))
        h.ok(.endSegment, at: s(14))
    }

    @Test func theHostMayShowANamedQuestionButNeverOneAlreadyUsed() {
        var h = Harness(Fixture.contest(Fixture.one(.buzz(BuzzRules()))))
        h.ok(.startSegment(0), at: s(1))
        h.ok(.showQuestion(id: "fill-2-3"), at: s(2))
        h.ok(.void, at: s(3))
        h.refused(.questionAlreadyUsed, .showQuestion(id: "fill-2-3"), at: s(4))
        h.refused(.unknownQuestion, .showQuestion(id: "nope"), at: s(4))
    }

    @Test func theBuzzOrderStaysOnScreenAfterTheQuestionCloses() {
        var h = Self.armed()
        h.ok(.buzz, by: .t(3), at: s(11))
        h.ok(.buzz, by: .t(6), at: s(11) + 450)
        h.ok(.rule(.correct), at: s(12))
        #expect(h.view.outcome == .answered(3))
        #expect(h.view.buzzes.map(\.marginText) == ["+0.00 ms", "+0.45 ms"])
    }
}
