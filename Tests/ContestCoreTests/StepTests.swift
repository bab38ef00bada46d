import Testing

@testable import ContestCore

/// Each command's complete change to the state: a change the test does not describe fails it.
struct StepTests {
    @Test func aValidBuzzGrantsTheRightAndARulingScoresAndClosesTheQuestion() {
        var h = BuzzSegmentTests.armed(at: s(10))
        guard var question = h.buzz else {
            Issue.record("no question")
            return
        }
        h.step(
            .buzz, by: .t(4, 2), at: s(11),
            events: [
                .buzzRecorded(team: 4, seat: 2, falseStart: false),
                .answerRightGranted(team: 4, seat: 2, deadline: s(31)),
            ]
        ) {
            question.buzzes = [BuzzRecord(team: 4, seat: 2, at: s(11), falseStart: false, round: 1)]
            question.stage = .answering(AnswerRight(team: 4, seat: 2, deadline: s(31)))
            $0.game.phase = .running(segment: 0, .buzz(BuzzRound(asked: 0, phase: .open(question))))
        }
        let before = h.state.game
        let entry = ScoreEntry(team: 4, delta: 10, reason: .correct(question: question.question), segment: 0, at: s(12))
        h.step(
            .rule(.correct), by: .judge(3), at: s(12),
            events: [
                .answerRuled(team: 4, question: question.question, verdict: .correct, by: .judge(3)),
                .pointsAwarded(entry: entry), .questionClosed(question: question.question, outcome: .answered(4)),
            ]
        ) {
            $0.checkpoints = [Checkpoint(game: before, frozenAt: s(12))]
            $0.game.ledger = [entry]
            $0.lastSettled = question.question
            $0.game.phase = .running(
                segment: 0,
                .buzz(BuzzRound(asked: 1, phase: .closed(question, outcome: .answered(4)))))
        }
        h.step(.undo, at: s(13), events: [.rulingUndone]) {
            $0.game = before
            $0.game.updateSegment { $0.shift(by: s(1)) }
            $0.checkpoints = []
            $0.lastSettled = nil
        }
    }

    @Test func startingASpeedTurnStartsTheClockAndShowsTheFirstQuestion() {
        var h = Harness(Fixture.contest(Fixture.one(.speed(SpeedRules()), draw: DrawFilter(types: [.trueFalse]))))
        h.ok(.startSegment(0), at: s(1))
        let first = h.state.bank.draw(matching: DrawFilter(types: [.trueFalse]), excluding: [], seed: 2024, draw: 0)!
        h.step(
            .nextTurn, at: s(5),
            events: [
                .turnStarted(team: 1, deadline: s(65)),
                .questionShown(question: first.id, team: 1, tier: nil, deadline: nil),
            ]
        ) {
            var turn = AnswerTurn(team: 1, deadline: s(65))
            turn.question = first.id
            turn.shown = 1
            var round = TurnRound(order: Fixture.config().teamIDs)
            round.phase = .answering(turn)
            $0.game.phase = .running(segment: 0, .speed(round))
            $0.used = [first.id]
            $0.draws = 1
        }
    }

    @Test func pausingAndResumingMoveOnlyTheClock() {
        var h = BuzzSegmentTests.armed(at: s(10))
        h.step(.pause, at: s(12), events: [.paused]) { $0.pausedAt = s(12) }
        h.step(.resume, at: s(20), events: [.resumed]) {
            $0.pausedAt = nil
            $0.game.updateSegment { $0.shift(by: s(8)) }
        }
        #expect(h.state.nextDeadline == s(33))
    }

    @Test func aCorrectionAddsOneLedgerLineAndACheckpoint() {
        var h = Harness(Fixture.contest())
        let entry = ScoreEntry(team: 2, delta: 5, reason: .correction(reason: "补录"), segment: nil, at: s(1))
        h.step(.correctScore(team: 2, delta: 5, reason: " 补录 "), at: s(1), events: [.pointsAwarded(entry: entry)]) {
            $0.checkpoints = [Checkpoint(game: Game(), frozenAt: s(1))]
            $0.game.ledger = [entry]
        }
    }

    @Test func aRiskPickDrawsFromItsTierWithAnAnswerWindow() {
        var h = RiskAndEssayTests.risk()
        let filter = DrawFilter(types: [.single], difficulties: [3])
        let drawn = h.state.bank.draw(matching: filter, excluding: [], seed: 2024, draw: 0)!
        h.step(
            .pickTier(2), by: .t(1), at: s(3),
            events: [.questionShown(question: drawn.id, team: 1, tier: 2, deadline: s(33))]
        ) {
            var round = RiskRound(order: Fixture.config().teamIDs)
            round.phase = .answering(RiskAnswer(team: 1, tier: 2, question: drawn.id, deadline: s(33)))
            $0.game.phase = .running(segment: 0, .risk(round))
            $0.used = [drawn.id]
            $0.draws = 1
        }
    }
}
