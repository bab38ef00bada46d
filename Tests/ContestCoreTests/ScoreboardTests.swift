import Testing

@testable import ContestCore

/// Ranks with ties shown as ties, award tiers, and ties across an award boundary.
struct ScoreboardTests {
    static func board(_ totals: [Int], tieBreaks: [[TeamID]] = [], tiers: [AwardTier] = AwardTier.teamDefaults)
        -> (Scoreboard, AwardList)
    {
        let config = Fixture.config()
        let ledger = totals.enumerated().map { index, total in
            ScoreEntry(
                team: TeamID(index + 1), delta: Points(total), reason: .correction(reason: "测试"), segment: 0, at: 0)
        }
        let board = Scoreboard(config: config, ledger: ledger, tieBreakOrders: tieBreaks)
        return (board, AwardList(scoreboard: board, tiers: tiers))
    }

    @Test(arguments: [
        ([80, 70, 60, 50, 40, 30, 20, 10], [1, 2, 3, 4, 5, 6, 7, 8]),
        ([50, 70, 70, 40, 40, 40, 10, 0], [3, 1, 1, 4, 4, 4, 7, 8]),
        ([0, 0, 0, 0, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1, 1]),
    ])
    func ranksShowTiesAsTies(totals: [Int], ranks: [Int]) {
        let (board, _) = Self.board(totals)
        let byTeam = Dictionary(uniqueKeysWithValues: board.standings.map { ($0.team.number, $0.rank) })
        #expect((1...8).map { byTeam[$0]! } == ranks)
    }

    @Test(arguments: [
        ([80, 70, 60, 50, 40, 30, 20, 10], [[TeamID]]()),
        ([80, 70, 70, 50, 40, 30, 20, 10], []),
        ([80, 80, 60, 50, 40, 30, 20, 10], [[1, 2]]),
        ([80, 70, 60, 60, 40, 30, 20, 10], [[3, 4]]),
        ([80, 70, 60, 60, 60, 30, 20, 10], [[3, 4, 5]]),
    ])
    func aTieAcrossAnAwardBoundaryNeedsATieBreak(totals: [Int], ties: [[TeamID]]) {
        let (_, awards) = Self.board(totals)
        #expect(awards.tiesToBreak == ties)
    }

    @Test func theDefaultAwardsAreOneTwoFive() {
        let (_, awards) = Self.board([80, 70, 60, 50, 40, 30, 20, 10])
        #expect(awards.lines.map(\.award) == ["一等奖", "二等奖", "二等奖"] + Array(repeating: "三等奖", count: 5))
    }

    @Test func teamsTiedWithinOneTierShareIt() {
        let (_, awards) = Self.board([80, 70, 70, 50, 40, 30, 20, 10])
        #expect(awards.lines.filter { $0.award == "二等奖" }.map(\.team) == [2, 3])
    }

    @Test func aTieStraddlingTheLastAwardedPlaceIsFlagged() {
        let tiers = [AwardTier(name: "一等奖", count: 1), AwardTier(name: "二等奖", count: 2)]
        let (_, awards) = Self.board([80, 70, 60, 60, 40, 30, 20, 10], tiers: tiers)
        #expect(awards.tiesToBreak == [[3, 4]])
        #expect(awards.lines.filter(\.awaitingTieBreak).map(\.team) == [3, 4])
    }

    @Test func aTieBreakOrderSeparatesTiedTeams() {
        let (board, awards) = Self.board([80, 80, 60, 50, 40, 30, 20, 10], tieBreaks: [[2, 1]])
        #expect(board.standings.prefix(2).map(\.team) == [2, 1])
        #expect(board.standings.prefix(2).map(\.rank) == [1, 2])
        #expect(awards.tiesToBreak.isEmpty)
        #expect(awards.lines[0].award == "一等奖")
    }

    @Test func theTieBreakSegmentPlaysAmongTheTiedTeamsOnly() {
        var h = Harness(Fixture.contest(Fixture.one(.tieBreak(BuzzRules()), draw: DrawFilter(types: [.single]))))
        h.ok(.correctScore(team: 1, delta: 50, reason: "前序环节"), at: 0)
        h.ok(.correctScore(team: 2, delta: 50, reason: "前序环节"), at: 0)
        h.ok(.startSegment(0), at: s(1))
        #expect(h.view.segment?.kind == .tieBreak)
        h.ok(.showQuestion(id: nil), at: s(2))
        h.ok(.armBuzzers, at: s(3))
        h.refused(.notEligible, .buzz, by: .t(3), at: s(4))
        h.ok(.buzz, by: .t(1), at: s(4))
        h.ok(.rule(.wrong), at: s(5))
        h.ok(.buzz, by: .t(2), at: s(6))
        h.ok(.rule(.correct), at: s(7))
        #expect(h.total(2) == 50)
        #expect(h.state.game.tieBreakOrders == [[2, 1]])
        #expect(h.state.awards.tiesToBreak == [[3, 4, 5, 6, 7, 8]])
        #expect(h.state.scoreboard.standings.first?.team == 2)
        h.refused(.wrongPhase, .showQuestion(id: nil), at: s(8))
        h.ok(.endSegment, at: s(9))
    }

    @Test func withoutATieThereIsNoTieBreak() {
        var h = Harness(Fixture.contest(Fixture.one(.tieBreak(BuzzRules()))))
        h.ok(.correctScore(team: 1, delta: 50, reason: "前序环节"), at: 0)
        h.ok(.correctScore(team: 2, delta: 40, reason: "前序环节"), at: 0)
        h.ok(.correctScore(team: 3, delta: 30, reason: "前序环节"), at: 0)
        h.refused(.noTieToBreak, .startSegment(0), at: s(1))
        h.refused(.noTieToBreak, .startTieBreak(segment: 0, teams: [4]), at: s(1))
        h.ok(.startTieBreak(segment: 0, teams: [4, 5]), at: s(1))
    }

    @Test(arguments: [
        ([[TeamID]](), [1, 1, 1]), ([[2, 1]], [1, 1, 1]), ([[3, 2, 1]], [3, 2, 1]), ([[1, 2, 3, 4]], [1, 2, 3]),
    ])
    func aTieBreakSeparatesATieOnlyWhenTheWholeTiedGroupPlayedIt(orders: [[TeamID]], ranks: [Int]) {
        let (board, _) = Self.board([80, 80, 80, 50, 40, 30, 20, 10], tieBreaks: orders)
        let byTeam = Dictionary(uniqueKeysWithValues: board.standings.map { ($0.team.number, $0.rank) })
        #expect([1, 2, 3].map { byTeam[$0]! } == ranks)
    }
}
