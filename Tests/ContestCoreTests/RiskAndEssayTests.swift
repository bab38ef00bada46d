import Testing

@testable import ContestCore

/// 进阶风险题 and 论述题.
struct RiskAndEssayTests {
    static func risk(scores: [Int: Int] = [:]) -> Harness {
        var h = Harness(Fixture.contest(Fixture.one(.risk(RiskRules()), draw: DrawFilter(types: [.single]))))
        for (team, points) in scores.sorted(by: { $0.key < $1.key }) {
            h.ok(.correctScore(team: TeamID(team), delta: Points(points), reason: "初赛带分"), at: 0)
        }
        h.ok(.startSegment(0), at: s(1))
        h.ok(.nextTurn, at: s(2))
        return h
    }

    @Test func theLowestScoreGoesFirstAndEqualScoresKeepTeamOrder() {
        let h = Self.risk(scores: [1: 30, 2: 10, 3: 10, 5: 5, 6: 40, 7: 20, 8: 50])
        guard case .risk(let round) = h.state.game.segment?.state else {
            Issue.record("not a risk round")
            return
        }
        #expect(round.turns.teams == [4, 5, 2, 3, 7, 1, 6, 8])
        #expect(h.view.turn == 4)
    }

    @Test(arguments: [(0, 1, Points(10)), (1, 2, Points(20)), (2, 3, Points(30))])
    func aTierDrawsItsDifficultyAndWinsItsValue(tier: Int, difficulty: Int, value: Points) {
        var h = Self.risk()
        h.ok(.pickTier(tier), by: .t(1), at: s(3))
        #expect(h.shownQuestion?.difficulty == difficulty)
        #expect(h.view.riskTier == tier)
        h.ok(.answer(h.answer(correct: true)), by: .t(1), at: s(4))
        #expect(h.total(1) == value)
    }

    @Test func aTeamThatClimbsAndFailsLosesTheHigherValue() {
        var h = Self.risk()
        h.ok(.pickTier(0), by: .t(1), at: s(3))
        h.ok(.rule(.correct), by: .judge(1), at: s(4))
        h.ok(.climb, by: .t(1), at: s(5))
        #expect(h.shownQuestion?.difficulty == 2)
        h.ok(.rule(.wrong), at: s(6))
        #expect(h.total(1) == -10)
        #expect(h.view.turn == nil)
    }

    @Test func aTeamThatStopsKeepsWhatItWon() {
        var h = Self.risk()
        h.ok(.onBehalf(team: 1, .pickTier(1)), at: s(3))
        h.ok(.rule(.correct), at: s(4))
        h.refused(.notYourTurn, .stop, by: .t(2), at: s(5))
        h.ok(.stop, by: .t(1), at: s(5))
        #expect(h.total(1) == 20)
        h.ok(.nextTurn, at: s(6))
        #expect(h.view.turn == 2)
    }

    @Test func theTopTierEndsTheTurnAndThereIsNothingToClimbTo() {
        var h = Self.risk()
        h.ok(.pickTier(2), by: .t(1), at: s(3))
        h.ok(.rule(.correct), at: s(4))
        h.refused(.wrongPhase, .climb, by: .t(1), at: s(5))
        #expect(h.total(1) == 30)
    }

    @Test func overtimeLosesTheValueAndDecliningCostsNothing() {
        var h = Self.risk()
        h.refused(.invalidTier, .pickTier(3), by: .t(1), at: s(3))
        h.ok(.pickTier(1), by: .t(1), at: s(3))
        h.tick(s(33))
        #expect(h.total(1) == -20)
        h.ok(.nextTurn, at: s(40))
        h.ok(.decline, by: .t(2), at: s(41))
        #expect(h.total(2) == 0)
        #expect(h.view.turn == nil)
    }

    @Test func undoingAnOvertimeLeavesTheAnswerWaitingForTheHostsRuling() {
        var h = Self.risk()
        h.ok(.pickTier(1), by: .t(1), at: s(3))
        h.tick(s(33))
        #expect(h.total(1) == -20)
        h.ok(.undo, at: s(40))
        #expect(h.total(1) == 0)
        #expect(h.state.nextDeadline == nil)
        #expect(h.tick(s(41)) == [])
        #expect(h.view.riskTier == 1 && h.view.question != nil)
        h.ok(.rule(.correct), at: s(42))
        #expect(h.total(1) == 20)
    }

    @Test(arguments: [
        ([18, 17, 19, 16, 18], 5, Points(hundredths: 1767)),
        ([10, 20, 30, 40], 5, Points(25)),
        ([15, 15, 15, 15, 20], 5, Points(15)),
        ([0, 20, 20, 20, 20, 1], 5, Points(hundredths: 1525)),
        ([7], 5, Points(7)),
        ([10, 11, 11], 3, Points(11)),
    ])
    func theEssayScoreIsTheTrimmedMean(scores: [Int], trimFrom: Int, expected: Points) {
        #expect(TrimmedMean.of(scores.map { Points($0) }, trimFrom: trimFrom) == expected)
    }

    @Test func anEssayIsSettledWhenTheLastJudgeScores() {
        var h = Harness(Fixture.contest(Fixture.one(.essay(EssayRules()), draw: DrawFilter(types: [.essay]))))
        h.ok(.startSegment(0), at: s(1))
        h.ok(.nextTurn, at: s(2))
        h.refused(.notAllowed, .scoreEssay(team: 1, score: 10), by: .host, at: s(3))
        h.refused(.invalidScore, .scoreEssay(team: 1, score: 21), by: .judge(1), at: s(3))
        h.refused(.notYourTurn, .scoreEssay(team: 2, score: 10), by: .judge(1), at: s(3))
        for (judge, score) in zip(1...4, [18, 17, 19, 16]) {
            h.ok(.scoreEssay(team: 1, score: Points(score)), by: .judge(judge), at: s(200))
        }
        h.ok(.scoreEssay(team: 1, score: 12), by: .judge(1), at: s(201))
        #expect(h.total(1) == 0)
        h.ok(.scoreEssay(team: 1, score: 18), by: .judge(5), at: s(202))
        #expect(h.total(1) == Points(hundredths: 1700))
        #expect(h.view.turn == nil)
    }

    /// The host follows every score as it comes in; a judge sees only their own until the panel is done.
    @Test func aJudgeSeesOnlyTheirOwnEssayScoreWhileThePanelIsScoring() {
        var h = Harness(Fixture.contest(Fixture.one(.essay(EssayRules()), draw: DrawFilter(types: [.essay]))))
        h.ok(.startSegment(0), at: s(1))
        h.ok(.nextTurn, at: s(2))
        for (judge, score) in zip(1...3, [18, 17, 19]) {
            h.ok(.scoreEssay(team: 1, score: Points(score)), by: .judge(judge), at: s(10))
        }
        #expect(HostView(h.state, now: s(11)).essayScores == [1: 18, 2: 17, 3: 19])
        #expect(HostView(h.state, now: s(11), judge: 2).essayScores == [2: 17])
        #expect(HostView(h.state, now: s(11), judge: 5).essayScores == [:])
        #expect(h.view.essayScoresIn == 3)
    }

    @Test func aVoidedEssayQuestionGetsTheFullAnswerTimeAgain() {
        var h = Harness(Fixture.contest(Fixture.one(.essay(EssayRules()), draw: DrawFilter(types: [.essay]))))
        h.ok(.startSegment(0), at: s(1))
        h.ok(.nextTurn, at: s(2))
        #expect(h.state.nextDeadline == s(182))
        h.ok(.void, at: s(100))
        #expect(h.state.nextDeadline == s(280))
    }
}
