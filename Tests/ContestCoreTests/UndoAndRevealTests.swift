import Testing

@testable import ContestCore

/// Undo and reveal together: an undo never leaves a question that takes answers again with its
/// answer on the screens, nor lets a team score on a key the hall has seen.
struct UndoAndRevealTests {
    /// A segment whose ruling, once undone, hands the ruled question back to the team.
    enum Reopening: String, CaseIterable, Sendable {
        case speed, relay, risk, buzz, tieBreak

        /// The segment running with a question on screen for team 1, nothing settled yet.
        func harness() -> Harness {
            var closing = BuzzRules()
            closing.reopenAfterWrong = false
            switch self {
            case .speed: return TurnSegmentTests.speed()
            case .relay: return TurnSegmentTests.relay()
            case .risk:
                var h = RiskAndEssayTests.risk()
                h.ok(.pickTier(0), by: .t(1), at: s(3))
                return h
            case .buzz:
                var h = BuzzSegmentTests.armed(closing, at: s(3))
                h.ok(.buzz, by: .t(1), at: s(4))
                return h
            case .tieBreak:
                var h = Harness(Fixture.contest(Fixture.one(.tieBreak(closing), draw: DrawFilter(types: [.single]))))
                h.ok(.startTieBreak(segment: 0, teams: [1, 2]), at: s(1))
                h.ok(.showQuestion(id: nil), at: s(2))
                h.ok(.armBuzzers, at: s(3))
                h.ok(.buzz, by: .t(1), at: s(4))
                return h
            }
        }
    }

    @Test(arguments: Reopening.allCases)
    func anUndoneRulingTakesBackWhatRevealWouldShow(segment: Reopening) {
        var h = segment.harness()
        let before = h.state
        guard let ruled = h.shown else {
            Issue.record("no question on screen")
            return
        }
        h.ok(.rule(.wrong), at: s(20))
        #expect(h.state.lastSettled == ruled)
        h.step(.undo, at: s(20), events: [.rulingUndone]) {
            $0.game = before.game
            $0.checkpoints = before.checkpoints
            $0.lastSettled = before.lastSettled
        }
        h.refused(.noQuestion, .revealAnswer, at: s(21))
        #expect(h.shown == ruled)
        #expect(h.view.question?.answer == nil)
    }

    @Test(arguments: Reopening.allCases)
    func aRulingWhoseAnswerWasRevealedCannotBeUndone(segment: Reopening) {
        var h = segment.harness()
        guard let ruled = h.shown else {
            Issue.record("no question on screen")
            return
        }
        h.ok(.rule(.wrong), at: s(20))
        #expect(HostView(h.state, now: s(20)).undoDepth == h.state.checkpoints.count)
        h.ok(.revealAnswer, at: s(21))
        #expect(h.state.revealed == [ruled])
        h.refused(.answerAlreadyRevealed, .undo, at: s(22))
        // The console offers no undo it would be refused, though the checkpoint is still kept.
        #expect(!h.state.checkpoints.isEmpty)
        #expect(HostView(h.state, now: s(22)).undoDepth == 0)
    }

    /// The demo's transcript: the team answers the re-opened question, but only before any reveal.
    @Test func aReopenedSpeedQuestionScoresOnlyWhileItsAnswerIsUnseen() {
        var h = TurnSegmentTests.speed()
        let correct = h.answer(correct: true)
        h.ok(.rule(.wrong), at: s(11))
        h.ok(.undo, at: s(12))
        h.refused(.noQuestion, .revealAnswer, at: s(13))
        h.ok(.answer(correct), by: .t(1), at: s(14))
        #expect(h.total(1) == 10)
        h.ok(.revealAnswer, at: s(15))
        #expect(h.view.previous?.answer != nil)
    }

    @Test func aBuzzUndoPointsRevealBackAtTheQuestionClosedBefore() {
        var h = BuzzSegmentTests.armed()
        h.ok(.buzz, by: .t(1), at: s(11))
        h.ok(.rule(.correct), at: s(12))
        guard let closed = h.shown else {
            Issue.record("no question on screen")
            return
        }
        h.ok(.showQuestion(id: nil), at: s(13))
        h.ok(.armBuzzers, at: s(14))
        h.ok(.buzz, by: .t(2), at: s(15))
        h.ok(.rule(.wrong), at: s(16))
        h.refused(.questionStillOpen, .revealAnswer, at: s(17))
        h.ok(.undo, at: s(17))
        #expect(h.state.lastSettled == closed)
        h.ok(.revealAnswer, at: s(18))
        #expect(h.state.revealed == [closed])
        #expect(h.view.question?.answer == nil)
    }

    @Test func anEssayUndoForgetsAVoidedQuestionThatNoLongerHappened() {
        var h = Harness(Fixture.contest(Fixture.one(.essay(EssayRules()), draw: DrawFilter(types: [.essay]))))
        h.ok(.startSegment(0), at: s(1))
        h.ok(.nextTurn, at: s(2))
        for judge in 1...5 { h.ok(.scoreEssay(team: 1, score: 15), by: .judge(judge), at: s(100)) }
        h.ok(.nextTurn, at: s(101))
        h.ok(.void, at: s(102))
        h.ok(.undo, at: s(103))
        #expect(h.state.lastSettled == nil)
        h.refused(.noQuestion, .revealAnswer, at: s(104))
        #expect(h.view.turn == 1)
    }
}
