import ContestCore
import ContestProtocol
import Testing

@testable import ContestServer

/// The scripted final of the golden journals (Tests/Golden/README.md), played through a hub as the
/// event loop plays it: every journal record and every reply the server would send.
enum GoldenFinal {
    struct Play {
        /// Every message the hub answered with, in order.
        var replies: [ServerMessage] = []
        var hub: ContestHub
        var records: [JournalRecord] = []
        var now: Micros = 1_795_222_800_000_000

        mutating func next(_ seconds: Double = 1) -> Micros {
            now += Micros(seconds * 1_000_000)
            return now
        }

        mutating func ok(_ action: Action, _ identity: Identity = .host, at: Micros) {
            var session = ContestHub.Session(identity: identity)
            let outcome = hub.receive(.command(action, id: "c\(replies.count + 1)"), session: &session, at: at)
            replies += outcome.replies
            guard let entry = outcome.entry else {
                Issue.record("\(action) by \(identity) was not accepted: \(outcome.replies)")
                return
            }
            records.append(.entry(entry))
            broadcast(at: at)
        }

        mutating func refused(_ action: Action, _ identity: Identity, at: Micros) {
            var session = ContestHub.Session(identity: identity)
            let outcome = hub.receive(.command(action, id: "c\(replies.count + 1)"), session: &session, at: at)
            replies += outcome.replies
            #expect(outcome.entry == nil)
        }

        mutating func tick(_ at: Micros) {
            guard let entry = hub.dueTick(at: at) else {
                Issue.record("no tick at \(at)")
                return
            }
            records.append(.entry(entry))
            broadcast(at: at)
        }

        /// The state frames the loop would send after a change: host, judge and public.
        mutating func broadcast(at: Micros) {
            for identity in [Identity.host, .judge(1), .screen] {
                replies.append(.state(hub.view(for: identity, at: at)))
            }
        }

        func answer(correct: Bool) -> Submission {
            guard let id = PublicView(hub.state, now: now).question?.id, let question = hub.state.bank[id] else {
                return .text("")
            }
            switch question.answer {
            case .choices(let key):
                if correct { return .choices(key) }
                return .choices([(key[0] + 1) % question.options.count])
            case .truth(let value): return .truth(correct ? value : !value)
            case .accepted(let spellings): return .text(correct ? spellings[0] : "不对")
            case .reference: return .text("口述答案")
            }
        }

        func totals() -> [String] {
            hub.state.scoreboard.standings.sorted { $0.team < $1.team }.map(\.total.description)
        }
    }

    static func t(_ team: Int, _ seat: Int = 1) -> Identity { .team(TeamID(team), seat: seat) }
    static func s(_ seconds: Double) -> Micros { Micros(seconds * 1_000_000) }

    /// The golden contest: the demo's teams and judges, one segment of each kind.
    static func config(title: String, banks: [String]) -> ContestConfig {
        let units = ["城东", "城西", "南湖", "北岭", "青石", "白沙", "临河", "枫桥"]
        let teams = units.enumerated().map { index, place in
            TeamConfig(
                id: TeamID(index + 1), name: "\(place)队", unit: "示例县\(place)镇便民服务中心",
                players: (1...3).map { PlayerConfig(seat: $0, name: "\(place)\($0)号选手") })
        }
        var buzz = BuzzRules()
        buzz.questionCount = 4
        buzz.falseStartPoints = -5
        return ContestConfig(
            title: title, seed: 20_240_501, teams: teams,
            judges: (1...5).map { JudgeConfig(number: $0, name: "\($0)号裁判") },
            segments: [
                SegmentConfig(rules: .speed(SpeedRules()), draw: DrawFilter(types: [.single, .trueFalse, .fill])),
                SegmentConfig(rules: .buzz(buzz), draw: DrawFilter(types: [.single])),
                SegmentConfig(rules: .relay(RelayRules()), draw: DrawFilter(types: [.trueFalse, .single])),
                SegmentConfig(rules: .risk(RiskRules()), draw: DrawFilter(types: [.short])),
                SegmentConfig(rules: .essay(EssayRules()), draw: DrawFilter(types: [.essay])),
                SegmentConfig(rules: .tieBreak(BuzzRules()), draw: DrawFilter(types: [.single])),
            ], banks: banks)
    }

    /// Plays the whole final on `state`; the records start with the header.
    static func play(_ state: ContestState) -> Play {
        var generator = SplitMix64(seed: 1)
        var p = Play(hub: ContestHub(state: state, tokens: AccessTokens(for: state.config, using: &generator)))
        p.records.append(.header(JournalReplay.header(for: state, createdAt: p.now)))
        p.ok(.startSegment(0), at: p.next())
        for (team, rights) in zip(1...8, [3, 2, 2, 1, 1, 1, 0, 0]) {
            let start = p.next()
            p.ok(.nextTurn, at: start)
            for _ in 0..<rights { p.ok(.answer(p.answer(correct: true)), t(team), at: p.next()) }
            if team == 7 { p.ok(.skip, t(7), at: p.next()) }
            if team == 8 { p.ok(.void, at: p.next()) }
            p.ok(.answer(p.answer(correct: false)), t(team, 2), at: p.next())
            p.tick(start + s(60))
            p.tick(start + s(63))
            p.now = start + s(63)
        }
        p.ok(.endSegment, at: p.next())
        #expect(p.totals() == ["30", "20", "20", "10", "10", "10", "0", "0"])

        p.ok(.startSegment(1), at: p.next())
        p.ok(.showQuestion(id: nil), at: p.next())
        p.ok(.buzz, t(8), at: p.next())
        let armed = p.next()
        p.ok(.armBuzzers, at: armed)
        p.ok(.buzz, t(5, 3), at: armed + 1_200)
        p.ok(.buzz, t(2), at: armed + 1_000)
        p.ok(.rule(.wrong), .judge(1), at: p.next())
        p.ok(.buzz, t(5), at: p.next())
        p.ok(.rule(.wrong), .judge(1), at: p.next())
        p.ok(.undo, at: p.next())
        p.ok(.rule(.correct), .judge(1), at: p.next())
        p.ok(.revealAnswer, at: p.next())
        p.ok(.showQuestion(id: nil), at: p.next())
        p.ok(.armBuzzers, at: p.next())
        p.ok(.buzz, t(1), at: p.next())
        p.ok(.answer(p.answer(correct: true)), t(1), at: p.next())
        p.ok(.showQuestion(id: nil), at: p.next())
        let silent = p.next()
        p.ok(.armBuzzers, at: silent)
        p.tick(silent + s(15))
        p.ok(.showQuestion(id: nil), at: p.next(20))
        p.ok(.void, at: p.next())
        p.ok(.showQuestion(id: nil), at: p.next())
        p.ok(.armBuzzers, at: p.next())
        p.ok(.buzz, t(7), at: p.next())
        p.ok(.rule(.correct), at: p.next())
        p.ok(.showQuestion(id: nil), at: p.next())
        p.ok(.armBuzzers, at: p.next())
        let late = p.next()
        p.ok(.buzz, t(3), at: late)
        p.tick(late + s(20))
        p.tick(late + s(35))
        p.now = late + s(40)
        p.ok(.endSegment, at: p.next())
        #expect(p.totals() == ["40", "10", "10", "10", "20", "10", "10", "-5"])

        p.ok(.startSegment(2), at: p.next())
        let relays: [[Bool]] = [
            [true, true, true], [true, false], [true, true, true], [false], [true, true], [true, true, true], [false],
            [true, false],
        ]
        for (team, answers) in zip(1...8, relays) {
            let start = p.next()
            p.ok(.nextTurn, at: start)
            if team == 4 {
                p.ok(.pause, at: p.next())
                p.ok(.resume, at: p.next(30))
            }
            for (seat, right) in zip(1...3, answers) {
                p.ok(.answer(p.answer(correct: right)), t(team, seat), at: p.next())
            }
            if p.hub.state.game.segment?.state.deadline != nil {
                p.tick(start + s(90))
                p.tick(start + s(93))
                p.now = start + s(93)
            }
        }
        p.ok(.endSegment, at: p.next())
        #expect(p.totals() == ["90", "20", "60", "10", "40", "60", "10", "5"])

        p.ok(.startSegment(3), at: p.next())
        p.ok(.nextTurn, at: p.next())
        p.ok(.pickTier(0), t(8), at: p.next())
        p.ok(.rule(.correct), .judge(2), at: p.next())
        p.ok(.climb, t(8), at: p.next())
        p.ok(.rule(.correct), .judge(2), at: p.next())
        p.ok(.stop, t(8), at: p.next())
        p.ok(.nextTurn, at: p.next())
        p.ok(.onBehalf(team: 4, .pickTier(1)), at: p.next())
        p.ok(.rule(.correct), at: p.next())
        p.ok(.climb, t(4), at: p.next())
        p.ok(.rule(.wrong), at: p.next())
        p.ok(.nextTurn, at: p.next())
        p.ok(.decline, t(7), at: p.next())
        p.ok(.nextTurn, at: p.next())
        p.ok(.pickTier(0), t(2), at: p.next())
        p.ok(.rule(.correct), at: p.next())
        p.ok(.stop, t(2), at: p.next())
        p.ok(.nextTurn, at: p.next())
        p.ok(.pickTier(2), t(5), at: p.next())
        p.ok(.rule(.correct), at: p.next())
        p.ok(.nextTurn, at: p.next())
        p.ok(.pickTier(1), t(3), at: p.next())
        p.ok(.answer(p.answer(correct: false)), t(3, 2), at: p.next())
        p.ok(.rule(.wrong), at: p.next())
        p.ok(.nextTurn, at: p.next())
        let risky = p.next()
        p.ok(.pickTier(0), t(6), at: risky)
        p.tick(risky + s(30))
        p.now = risky + s(30)
        p.ok(.nextTurn, at: p.next())
        p.ok(.decline, t(1), at: p.next())
        p.ok(.endSegment, at: p.next())
        #expect(p.totals() == ["90", "30", "40", "0", "70", "50", "10", "35"])

        p.ok(.startSegment(4), at: p.next())
        let panels = [
            [18, 17, 19, 16, 18], [15, 15, 15, 15, 15], [12, 14, 13, 20, 10], [10, 10, 10, 10, 10],
            [16, 16, 16, 16, 16], [20, 19, 18, 17, 16], [5, 6, 7, 8, 9], [10, 12, 11, 9, 13],
        ]
        for (team, panel) in zip(1...8, panels) {
            p.ok(.nextTurn, at: p.next())
            for (judge, score) in zip(1...5, panel) {
                p.ok(.scoreEssay(team: TeamID(team), score: Points(score)), .judge(judge), at: p.next())
            }
        }
        p.ok(.endSegment, at: p.next())
        p.ok(.correctScore(team: 3, delta: 15, reason: "仲裁组复核：论述题分数录入有误"), at: p.next())
        #expect(p.hub.state.awards.tiesToBreak == [[3, 6]])

        p.ok(.startSegment(5), at: p.next())
        p.ok(.showQuestion(id: nil), at: p.next())
        p.ok(.armBuzzers, at: p.next())
        p.refused(.buzz, t(1), at: p.next())
        p.ok(.buzz, t(6), at: p.next())
        p.ok(.rule(.wrong), at: p.next())
        p.ok(.buzz, t(3), at: p.next())
        p.ok(.rule(.correct), at: p.next())
        p.ok(.endSegment, at: p.next())
        p.ok(.finishContest, at: p.next())

        let awards = p.hub.state.awards
        #expect(awards.lines.map(\.team) == [1, 5, 3, 6, 8, 2, 7, 4])
        #expect(p.totals() == ["107.67", "45", "68", "10", "86", "68", "17", "46"])

        return p
    }
}
