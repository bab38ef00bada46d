import ContestCore
import ContestProtocol
import Testing

@testable import ContestServer

@Suite struct ContestHubTests {
    typealias Outcome = ContestHub.Outcome
    static let tokens = ServerFixture.tokens()

    /// The hub with the segment started (s1), q1 shown (s2) and buzzers armed (s3, deadline s18).
    static func armed() -> ContestHub {
        var state = ServerFixture.contest()
        for command in ServerFixture.script.prefix(3) { state.handle(command) }
        return ContestHub(state: state, tokens: tokens)
    }

    /// The hello each role sends with its right token: judge 2, team 3 at seat 2.
    static func hello(_ role: ClientMessage.Role, language: Language = .chinese) -> ClientMessage.Hello {
        switch role {
        case .host: ClientMessage.Hello(role: .host, token: tokens.host, language: language)
        case .judge: ClientMessage.Hello(role: .judge, token: tokens.judges[1].token, language: language)
        case .team: ClientMessage.Hello(role: .team, token: tokens.teams[2].token, seat: 2, language: language)
        case .screen: ClientMessage.Hello(role: .screen, language: language)
        }
    }

    static func identified(
        _ role: ClientMessage.Role, on hub: inout ContestHub, language: Language = .chinese
    ) -> ContestHub.Session {
        var session = ContestHub.Session()
        _ = hub.receive(.hello(hello(role, language: language)), session: &session, at: s(3))
        return session
    }

    static let identities: [(ClientMessage.Role, Identity)] = [
        (.host, .host), (.judge, .judge(2)), (.team, .team(3, seat: 2)), (.screen, .screen),
    ]

    @Test(arguments: identities)
    func helloWithTheRightTokenWelcomesEachRoleWithWhatItMaySee(role: ClientMessage.Role, identity: Identity) {
        var hub = Self.armed()
        var session = ContestHub.Session()
        let outcome = hub.receive(.hello(Self.hello(role)), session: &session, at: s(4))
        let host = RoleView.host(HostView(hub.state, now: s(4)))
        let audience = RoleView.public(PublicView(hub.state, now: s(4)))
        let judgeView = RoleView.host(HostView(hub.state, now: s(4), judge: 2))
        var welcome = Welcome(
            role: role, lang: .chinese, serverTime: s(4),
            view: role == .host ? host : role == .judge ? judgeView : audience)
        switch role {
        case .host: welcome.tokens = Self.tokens
        case .judge: welcome.judge = 2
        case .team: (welcome.team, welcome.teamName, welcome.seat) = (3, "第3队", 2)
        case .screen: break
        }
        #expect(outcome == Outcome(replies: [.welcome(welcome)], log: "\(identity.logName) joined"))
        #expect(session.identity == identity)
    }

    @Test func officialsSeeTheAnswerKeyAndTeamsAndScreensDoNot() {
        let hub = Self.armed()
        guard case .host(let official) = hub.view(for: .judge(1), at: s(4)) else {
            Issue.record("a judge must get the officials' view")
            return
        }
        #expect(official.answerKey == "B")
        for identity in [Identity.team(1, seat: 1), .screen] {
            guard case .public(let view) = hub.view(for: identity, at: s(4)) else {
                Issue.record("\(identity) must get the public view")
                continue
            }
            #expect(view.question?.id == "q1")
            #expect(view.question?.answer == nil)
        }
    }

    @Test func aTeamWithoutASeatSitsInItsFirstSeatAndEnglishIsKept() {
        var hub = Self.armed()
        var session = ContestHub.Session()
        let hello = ClientMessage.Hello(role: .team, token: Self.tokens.teams[0].token, language: .english)
        let outcome = hub.receive(.hello(hello), session: &session, at: s(4))
        #expect(session == ContestHub.Session(identity: .team(1, seat: 1), language: .english))
        guard case .welcome(let welcome) = outcome.replies.first else {
            Issue.record("expected a welcome, got \(outcome.replies)")
            return
        }
        #expect(welcome.lang == .english)
        #expect(welcome.seat == 1)
    }

    /// "First" is the first player listed in the contest file, not seat 1.
    @Test func aTeamWithoutASeatSitsInTheSeatOfItsFirstListedPlayer() {
        var teams = ServerFixture.teams
        teams[0].players = [PlayerConfig(seat: 3, name: "丙"), PlayerConfig(seat: 1, name: "甲")]
        let tokens = ServerFixture.tokens(for: ServerFixture.config(teams: teams))
        var hub = ContestHub(state: ServerFixture.contest(teams: teams), tokens: tokens)
        var session = ContestHub.Session()
        _ = hub.receive(.hello(.init(role: .team, token: tokens.teams[0].token)), session: &session, at: s(4))
        #expect(session.identity == .team(1, seat: 3))
    }

    /// Whoever probes tokens is told once and cut off, and the operator hears of it.
    static let wrongTokens: [(ClientMessage.Role, String?)] = [
        (.host, nil),
        (.host, ""),
        (.host, tokens.teams[2].token),
        (.host, tokens.host.lowercased()),
        (.judge, tokens.host),
        (.judge, tokens.teams[0].token),
        (.team, "WRONGTOKEN"),
        (.team, tokens.judges[0].token),
        (.team, String(tokens.teams[0].token.dropLast())),
    ]

    @Test(arguments: wrongTokens)
    func aWrongTokenIsRefusedClosedAndLogged(role: ClientMessage.Role, token: String?) {
        var hub = Self.armed()
        var session = ContestHub.Session()
        let outcome = hub.receive(.hello(.init(role: role, token: token, seat: 1)), session: &session, at: s(4))
        #expect(
            outcome
                == Outcome(
                    replies: [.error(.badToken, message: "令牌不正确，连接将关闭")], close: true,
                    log: "refused a \(role.rawValue) hello with a wrong token"))
        #expect(session.identity == nil)
    }

    @Test func aScreenNeedsNoTokenAndIgnoresOne() {
        var hub = Self.armed()
        var session = ContestHub.Session()
        _ = hub.receive(.hello(.init(role: .screen, token: "ANYTHING")), session: &session, at: s(4))
        #expect(session.identity == .screen)
    }

    @Test(arguments: [0, 3, -1])
    func aSeatTheTeamDoesNotHaveIsRefusedWithoutClosing(seat: Int) {
        var hub = Self.armed()
        var session = ContestHub.Session()
        let hello = ClientMessage.Hello(role: .team, token: Self.tokens.teams[2].token, seat: seat)
        let outcome = hub.receive(.hello(hello), session: &session, at: s(4))
        #expect(outcome == Outcome(replies: [.error(.badSeat, message: "没有这个座位号：1, 2")]))
        #expect(session.identity == nil)
        var retry = hello
        retry.seat = 2
        _ = hub.receive(.hello(retry), session: &session, at: s(5))
        #expect(session.identity == .team(3, seat: 2))
    }

    @Test(arguments: ClientMessage.Role.allCases)
    func aSecondHelloIsRefusedAndTheFirstIdentityStays(role: ClientMessage.Role) {
        var hub = Self.armed()
        var session = Self.identified(.team, on: &hub)
        let outcome = hub.receive(.hello(Self.hello(role)), session: &session, at: s(4))
        #expect(outcome == Outcome(replies: [.error(.alreadyIdentified, message: "这个连接已经表明过身份")]))
        #expect(session.identity == .team(3, seat: 2))
    }

    /// A connection that said `lang: en` keeps English, whatever a second hello says.
    @Test func aSecondHelloOnAnEnglishConnectionIsRefusedInEnglish() {
        var hub = Self.armed()
        var session = ContestHub.Session()
        _ = hub.receive(.hello(Self.hello(.screen, language: .english)), session: &session, at: s(4))
        let outcome = hub.receive(.hello(Self.hello(.screen)), session: &session, at: s(5))
        #expect(
            outcome
                == Outcome(replies: [
                    .error(.alreadyIdentified, message: "This connection has already said who it is")
                ]))
    }

    @Test(arguments: [Action.startSegment(0), .buzz, .rule(.correct)])
    func aCommandBeforeHelloIsRefusedAndChangesNothing(action: Action) {
        var hub = Self.armed()
        var session = ContestHub.Session()
        let outcome = hub.receive(.command(action, id: "early"), session: &session, at: s(4))
        #expect(outcome == Outcome(replies: [.error(.helloRequired, message: "请先发送 hello 表明身份")]))
        #expect(hub.state == Self.armed().state)
    }

    @Test func aPingIsAnsweredBeforeAndAfterHello() {
        var hub = Self.armed()
        var session = ContestHub.Session()
        #expect(hub.receive(.ping(id: "p1"), session: &session, at: s(4)) == Outcome(replies: [.pong(id: "p1")]))
        session = Self.identified(.screen, on: &hub)
        #expect(hub.receive(.ping(id: nil), session: &session, at: s(4)) == Outcome(replies: [.pong(id: nil)]))
    }

    /// Each role may only do what it is for; a team never buzzes or answers for another team.
    static let outOfRole: [(ClientMessage.Role, Action)] = [
        (.screen, .startSegment(0)),
        (.screen, .buzz),
        (.screen, .rule(.correct)),
        (.team, .onBehalf(team: 2, .buzz)),
        (.team, .onBehalf(team: 2, .answer(.choices([1])))),
        (.team, .onBehalf(team: 3, .buzz)),
        (.team, .armBuzzers),
        (.team, .rule(.correct)),
        (.judge, .buzz),
        (.judge, .void),
        (.host, .buzz),
        (.host, .onBehalf(team: 2, .buzz)),
    ]

    @Test(arguments: outOfRole)
    func anActionOutsideTheRoleIsRejectedAndChangesNothing(role: ClientMessage.Role, action: Action) {
        var hub = Self.armed()
        var session = Self.identified(role, on: &hub)
        let outcome = hub.receive(.command(action, id: "x1"), session: &session, at: s(4))
        #expect(
            outcome == Outcome(replies: [.rejected(id: "x1", code: "notAllowed", message: "你的身份不能执行这个操作")]))
        #expect(hub.state == Self.armed().state)
    }

    @Test func aRejectionIsInTheSessionsLanguage() {
        var hub = Self.armed()
        var session = Self.identified(.screen, on: &hub, language: .english)
        let outcome = hub.receive(.command(.buzz, id: nil), session: &session, at: s(4))
        #expect(outcome.replies == [.rejected(id: nil, code: "notAllowed", message: "Your role may not do that")])
    }

    @Test func aCommandTheRulesRefuseIsRejectedWithTheCoresCode() {
        var hub = ContestHub(state: ServerFixture.contest(), tokens: Self.tokens)
        var session = Self.identified(.host, on: &hub)
        let outcome = hub.receive(.command(.armBuzzers, id: "a"), session: &session, at: s(1))
        #expect(outcome == Outcome(replies: [.rejected(id: "a", code: "noSegmentRunning", message: "当前没有进行中的环节")]))
        #expect(hub.state == ServerFixture.contest())
    }

    @Test func anAcceptedCommandIsAcknowledgedWithItsEventsAndJournalled() {
        var hub = ContestHub(state: ServerFixture.contest(), tokens: Self.tokens)
        var session = Self.identified(.host, on: &hub)
        let outcome = hub.receive(.command(.startSegment(0), id: "c1"), session: &session, at: s(1))
        let events: [Event] = [.segmentStarted(segment: 0, order: [1, 2, 3])]
        #expect(
            outcome
                == Outcome(
                    replies: [.ack(id: "c1", events: events)],
                    entry: JournalEntry(at: s(1), actor: .host, action: .startSegment(0), events: events)))
        #expect(hub.state.game.segment?.index == 0)
    }

    @Test func aTeamsBuzzIsJournalledWithItsTeamAndSeat() {
        var hub = Self.armed()
        var session = Self.identified(.team, on: &hub)
        let expected = hub.state.decide(Command(.buzz, by: .team(3, seat: 2), at: s(4)))
        let outcome = hub.receive(.command(.buzz, id: "b1"), session: &session, at: s(4))
        guard case .success(let events) = expected else {
            Issue.record("the buzz must be accepted: \(expected)")
            return
        }
        #expect(events.first == .buzzRecorded(team: 3, seat: 2, falseStart: false))
        #expect(outcome.replies == [.ack(id: "b1", events: events)])
        #expect(outcome.entry == JournalEntry(at: s(4), actor: .team(3, seat: 2), action: .buzz, events: events))
        #expect(outcome.close == false)
    }

    @Test func aTickFiresOnlyOnceTheDeadlineIsDue() throws {
        var hub = Self.armed()
        #expect(hub.state.nextDeadline == s(18))
        #expect(hub.dueTick(at: s(18) - 1) == nil)
        #expect(hub.state == Self.armed().state)
        var expected = hub.state
        let events = try expected.handle(Command(.tick, by: .system, at: s(18))).get()
        #expect(events.contains(.questionClosed(question: "q1", outcome: .noBuzz)))
        #expect(hub.dueTick(at: s(18)) == JournalEntry(at: s(18), actor: .system, action: .tick, events: events))
        #expect(hub.state == expected)
        #expect(hub.dueTick(at: s(60)) == nil)
    }

    @Test func noTickFiresWhilePausedOrBeforeTheContest() {
        var hub = Self.armed()
        var session = Self.identified(.host, on: &hub)
        _ = hub.receive(.command(.pause, id: nil), session: &session, at: s(5))
        #expect(hub.dueTick(at: s(100)) == nil)
        var idle = ContestHub(state: ServerFixture.contest(), tokens: Self.tokens)
        #expect(idle.dueTick(at: s(100)) == nil)
    }

    @Test func anUndecodableMessageIsABadMessageWithItsDetail() {
        let hub = Self.armed()
        let error = ProtocolDecodingError(.missing, at: JSONPath().appending("segment"), offset: 0)
        let outcome = hub.undecodable(error, session: ContestHub.Session(identity: .screen, language: .english))
        #expect(
            outcome
                == Outcome(replies: [
                    .error(.badMessage, message: "The message could not be understood: missing field segment")
                ]))
        let chinese = hub.undecodable(error, session: ContestHub.Session(identity: .screen))
        #expect(chinese == Outcome(replies: [.error(.badMessage, message: "无法识别的消息：缺少字段 segment")]))
    }
}
