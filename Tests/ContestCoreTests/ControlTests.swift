import Testing

@testable import ContestCore

/// Pause and resume, score corrections, undo, permissions, and the end of the contest.
struct ControlTests {
    @Test func pauseFreezesTheRemainingTimeAndResumeCarriesOn() {
        var h = BuzzSegmentTests.armed(at: s(10))
        h.ok(.pause, at: s(12))
        #expect(h.state.nextDeadline == nil)
        #expect(PublicView(h.state, now: s(100)).remaining == s(13))
        #expect(h.tick(s(100)) == [])
        h.refused(.paused, .buzz, by: .t(1), at: s(50))
        h.refused(.paused, .pause, at: s(60))
        h.ok(.resume, at: s(112))
        #expect(h.state.nextDeadline == s(125))
        h.refused(.notPaused, .resume, at: s(113))
    }

    @Test func aCorrectionNeedsAWrittenReasonAndIsRecorded() {
        var h = Harness(Fixture.contest())
        h.refused(.reasonRequired, .correctScore(team: 1, delta: 5, reason: " 　"), at: 0)
        h.refused(.unknownTeam, .correctScore(team: 9, delta: 5, reason: "x"), at: 0)
        h.refused(.zeroCorrection, .correctScore(team: 1, delta: 0, reason: "x"), at: 0)
        h.ok(.correctScore(team: 1, delta: -5, reason: "仲裁组裁定扣分"), at: 0)
        #expect(h.state.game.ledger.last?.reason == .correction(reason: "仲裁组裁定扣分"))
        #expect(h.state.scoreboard.standings.first { $0.team == 1 }?.corrections == -5)
    }

    @Test func undoRestoresExactlyTheStateBeforeTheRulingAndKeepsShownQuestionsUsed() {
        var h = BuzzSegmentTests.armed(at: s(10))
        h.ok(.buzz, by: .t(1), at: s(11))
        let before = h.state
        h.ok(.rule(.correct), at: s(12))
        h.ok(.showQuestion(id: nil), at: s(13))
        let shownAfter = h.shown!
        h.ok(.undo, at: s(12))
        #expect(h.state.game == before.game)
        #expect(h.state.used.contains(shownAfter))
        #expect(h.total(1) == 0)
        h.refused(.nothingToUndo, .undo, at: s(14))
    }

    @Test func undoLaterKeepsTheRemainingAnswerTime() {
        var h = BuzzSegmentTests.armed(at: s(10))
        h.ok(.buzz, by: .t(1), at: s(11))
        h.ok(.rule(.wrong), at: s(21))
        h.ok(.undo, at: s(61))
        #expect(h.buzz?.holder?.team == 1)
        #expect(h.buzz?.holder?.deadline == s(31) + s(40))
    }

    @Test func undoStopsAtTheSegmentBoundary() {
        var h = BuzzSegmentTests.armed()
        h.ok(.buzz, by: .t(1), at: s(11))
        h.ok(.rule(.correct), at: s(12))
        h.ok(.endSegment, at: s(13))
        h.refused(.nothingToUndo, .undo, at: s(14))
    }

    @Test(arguments: [
        (Actor.t(1), Action.armBuzzers), (Actor.t(1), .correctScore(team: 1, delta: 10, reason: "x")),
        (Actor.judge(1), .showQuestion(id: nil)), (Actor.judge(1), .buzz), (Actor.host, .buzz),
        (Actor.host, .scoreEssay(team: 1, score: 1)), (Actor.t(1), .rule(.correct)), (Actor.t(1), .tick),
        (Actor.host, .tick), (Actor.system, .startSegment(0)), (Actor.host, .onBehalf(team: 1, .buzz)),
        (Actor.t(1), .onBehalf(team: 2, .pickTier(0))),
    ])
    func aRoleCanOnlyDoWhatItIsAllowed(actor: Actor, action: Action) {
        var h = BuzzSegmentTests.armed()
        h.refused(.notAllowed, action, by: actor, at: s(11))
    }

    @Test(arguments: [
        (Actor.team(9, seat: 1), Rejection.Code.unknownTeam), (Actor.team(1, seat: 4), .notYourSeat),
        (Actor.judge(6), .unknownJudge),
    ])
    func unknownTeamsSeatsAndJudgesAreRefused(actor: Actor, code: Rejection.Code) {
        var h = BuzzSegmentTests.armed()
        h.refused(code, .buzz, by: actor, at: s(11))
    }

    @Test func nothingHappensAfterTheContestFinished() {
        var h = Harness(Fixture.contest())
        h.ok(.startSegment(1), at: s(1))
        h.refused(.segmentRunning, .finishContest, at: s(2))
        h.refused(.segmentRunning, .startSegment(0), at: s(2))
        h.ok(.endSegment, at: s(3))
        h.refused(.segmentAlreadyDone, .startSegment(1), at: s(4))
        h.ok(.finishContest, at: s(4))
        h.refused(.contestFinished, .startSegment(0), at: s(5))
        h.refused(.contestFinished, .correctScore(team: 1, delta: 1, reason: "x"), at: s(5))
        #expect(h.tick(s(6)) == [])
        #expect(h.view.stage == .finished)
    }

    @Test func everyRejectionSpeaksChineseAndEnglish() {
        for code in Rejection.Code.allCases {
            let rejection = Rejection(code)
            #expect(!rejection.message(.chinese).isEmpty && !rejection.message(.english).isEmpty)
            #expect(rejection.message(.chinese) != rejection.message(.english))
        }
    }

    @Test func revealingShowsTheAnswerOnlyAfterTheQuestionSettles() {
        var h = BuzzSegmentTests.armed()
        #expect(h.view.question?.answer == nil)
        h.refused(.noQuestion, .revealAnswer, at: s(11))
        h.ok(.buzz, by: .t(1), at: s(11))
        h.ok(.rule(.correct), at: s(12))
        #expect(h.view.question?.answer == nil)
        #expect(HostView(h.state, now: s(12)).answerKey != nil)
        h.ok(.revealAnswer, at: s(13))
        #expect(h.view.question?.answer == h.shownQuestion?.answer.display)
    }

    @Test func aWindowOpenedDuringAPauseRunsInFullAfterTheResume() {
        var h = BuzzSegmentTests.armed(at: s(10))
        h.ok(.buzz, by: .t(1), at: s(11))
        h.ok(.pause, at: s(12))
        h.ok(.rule(.wrong), at: s(20))
        h.ok(.resume, at: s(30))
        #expect(h.state.nextDeadline == s(45))
    }

    @Test func aBuzzQuestionReopenedAfterAWrongAnswerCannotBeRevealed() {
        var h = BuzzSegmentTests.armed()
        h.ok(.buzz, by: .t(1), at: s(11))
        h.ok(.rule(.wrong), at: s(12))
        h.refused(.questionStillOpen, .revealAnswer, at: s(13))
        h.ok(.buzz, by: .t(2), at: s(14))
        h.ok(.rule(.correct), at: s(15))
        h.ok(.revealAnswer, at: s(16))
    }
}
