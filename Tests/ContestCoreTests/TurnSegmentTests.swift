import Testing

@testable import ContestCore

/// 速答题 and 接力答题: timed turns, auto-grading, judges' rulings, skips, seats, the sweep bonus.
struct TurnSegmentTests {
    static func speed(_ rules: SpeedRules = SpeedRules(), types: [QuestionType] = [.single]) -> Harness {
        var h = Harness(Fixture.contest(Fixture.one(.speed(rules), draw: DrawFilter(types: types))))
        h.ok(.startSegment(0), at: s(1))
        h.ok(.nextTurn, at: s(10))
        return h
    }

    static func relay(_ rules: RelayRules = RelayRules()) -> Harness {
        var h = Harness(Fixture.contest(Fixture.one(.relay(rules), draw: DrawFilter(types: [.trueFalse]))))
        h.ok(.startSegment(0), at: s(1))
        h.ok(.nextTurn, at: s(10))
        return h
    }

    @Test(arguments: [(true, Points(10)), (false, Points(0))])
    func speedAnswersAreGradedAtOnceAndTheNextQuestionFollows(correct: Bool, points: Points) {
        var h = Self.speed()
        let first = h.shown
        h.ok(.answer(h.answer(correct: correct)), by: .t(1, 3), at: s(12))
        #expect(h.total(1) == points)
        #expect(h.shown != nil && h.shown != first)
    }

    @Test func onlyTheTeamWhoseTurnItIsMayAnswer() {
        var h = Self.speed()
        h.refused(.notYourTurn, .answer(h.answer(correct: true)), by: .t(2), at: s(12))
        h.refused(.invalidAnswer, .answer(.truth(true)), by: .t(1), at: s(12))
    }

    @Test func theBudgetEndsTheTurnAndTheNextTeamWaitsForTheHost() {
        var h = Self.speed()
        #expect(h.state.nextDeadline == s(70))
        h.ok(.answer(h.answer(correct: true)), by: .t(1), at: s(20))
        h.tick(s(70))
        #expect(h.view.turn == 1)
        h.refused(.timeUp, .answer(.choices([0])), by: .t(1), at: s(71))
        h.tick(s(73))
        #expect(h.view.turn == nil)
        h.refused(.wrongPhase, .answer(.choices([0])), by: .t(1), at: s(71))
        h.ok(.nextTurn, at: s(80))
        #expect(h.view.turn == 2)
    }

    @Test(arguments: [(true, true), (false, false)])
    func skippingFollowsTheRules(allowed: Bool, accepted: Bool) {
        var rules = SpeedRules()
        rules.allowSkip = allowed
        var h = Self.speed(rules)
        let first = h.shown
        if accepted {
            h.ok(.skip, by: .t(1), at: s(12))
            #expect(h.shown != first)
            #expect(h.state.used.contains(first!))
        } else {
            h.refused(.skipNotAllowed, .skip, by: .t(1), at: s(12))
        }
    }

    @Test func aSpokenShortAnswerWaitsForTheJudgeAndAnAnswerRuledAfterTheBudgetEndsTheTurn() {
        var h = Self.speed(types: [.short])
        h.ok(.answer(.text("口述")), by: .t(1), at: s(60))
        h.tick(s(70))
        #expect(h.view.turn == 1)
        h.ok(.rule(.correct), by: .judge(1), at: s(72))
        #expect(h.total(1) == 10)
        #expect(h.view.turn == nil)
    }

    @Test func aTeamStreamStopsAtItsCap() {
        var rules = SpeedRules()
        rules.maxQuestionsPerTeam = 2
        var h = Self.speed(rules)
        h.ok(.answer(h.answer(correct: true)), by: .t(1), at: s(11))
        h.ok(.answer(h.answer(correct: true)), by: .t(1), at: s(12))
        #expect(h.view.turn == nil)
        #expect(h.total(1) == 20)
    }

    @Test func relaySeatsAnswerInOrder() {
        var h = Self.relay()
        h.refused(.notYourSeat, .answer(h.answer(correct: true)), by: .t(1, 2), at: s(11))
        h.ok(.answer(h.answer(correct: true)), by: .t(1, 1), at: s(11))
        h.refused(.notYourSeat, .answer(h.answer(correct: true)), by: .t(1, 1), at: s(12))
        h.ok(.answer(h.answer(correct: true)), by: .t(1, 2), at: s(12))
    }

    @Test func aCleanRelayEarnsTheSweepBonus() {
        var h = Self.relay()
        for seat in 1...3 { h.ok(.answer(h.answer(correct: true)), by: .t(1, seat), at: s(10 + Double(seat))) }
        #expect(h.total(1) == Points(50))
        #expect(h.view.turn == nil)
    }

    @Test(arguments: [(true, Points(10), false), (false, Points(20), true)])
    func aWrongAnswerBreaksTheRelayOrPassesOn(endsRelay: Bool, total: Points, continues: Bool) {
        var rules = RelayRules()
        rules.wrongEndsRelay = endsRelay
        var h = Self.relay(rules)
        h.ok(.answer(h.answer(correct: true)), by: .t(1, 1), at: s(11))
        h.ok(.answer(h.answer(correct: false)), by: .t(1, 2), at: s(12))
        #expect((h.view.turn == 1) == continues)
        if continues { h.ok(.answer(h.answer(correct: true)), by: .t(1, 3), at: s(13)) }
        #expect(h.total(1) == total)
    }

    @Test(arguments: [(true, Points(10)), (false, Points(0))])
    func aSpokenAnswerGivenInTimeCanBeRuledInTheGracePeriod(ruled: Bool, points: Points) {
        var h = Self.speed()
        h.tick(s(70))
        if ruled { h.ok(.rule(.correct), by: .judge(2), at: s(72)) } else { h.tick(s(73)) }
        #expect(h.total(1) == points)
        #expect(h.view.turn == nil)
    }

    @Test func theRelayBudgetIsShared() {
        var h = Self.relay()
        h.ok(.answer(h.answer(correct: true)), by: .t(1, 1), at: s(50))
        h.tick(s(100))
        h.tick(s(103))
        #expect(h.view.turn == nil)
        #expect(h.total(1) == 10)
    }

    @Test func aVoidedRelayQuestionIsReplacedForTheSameSeat() {
        var h = Self.relay()
        let first = h.shown
        h.ok(.void, at: s(11))
        #expect(h.shown != first)
        h.ok(.answer(h.answer(correct: true)), by: .t(1, 1), at: s(12))
    }
}
