import ClientKit
import ContestCore
import ContestProtocol
import Testing

/// The text the server writes for `message`: its own encoder, nothing hand-written.
private func wire(_ message: ServerMessage, seq: UInt64 = 7) -> String {
    String(decoding: JSONWriter.encode(ServerEnvelope(seq: seq, message: message)), as: UTF8.self)
}

private func welcome(_ role: ClientMessage.Role, _ view: RoleView, _ fill: (inout Welcome) -> Void = { _ in })
    -> Welcome
{
    var welcome = Welcome(role: role, lang: .chinese, serverTime: 1_795_293_355_962_330, view: view)
    fill(&welcome)
    return welcome
}

/// A finished contest: every award line, one with a tie still to break.
private var finished: PublicView {
    var view = PublicView(title: Fixtures.title, stage: .finished, scoreboard: Fixtures.standings)
    view.awards = AwardList(
        lines: [
            AwardLine(team: 3, name: "南湖队", rank: 1, total: 120, award: "一等奖"),
            AwardLine(team: 1, name: "城东队", rank: 3, total: 95, award: nil, awaitingTieBreak: true),
        ],
        tiesToBreak: [[1, 8]])
    return view
}

/// The host's view while an essay is scored: a typed answer, a judge's fraction, the deadline.
private var essayHost: HostView {
    var host = HostConsole.hostView
    host.view.segment = SegmentSummary(index: 4, title: "论述题", kind: .essay)
    host.pending = .text("一窗受理 \"限时\" 办结\n")
    host.essayScores = [1: Points(hundredths: 1767), 2: 17]
    host.nextDeadline = 1_795_293_384_612_839
    return host
}

private let buzzEvents: [Event] = [
    .buzzRecorded(team: 3, seat: 1, falseStart: false),
    .answerRightGranted(team: 3, seat: 1, deadline: 1_795_293_387_209_790),
    .answerRuled(team: 3, question: "P1-010", verdict: .correct, by: .host),
    .pointsAwarded(
        entry: ScoreEntry(team: 3, delta: 10, reason: .correct(question: "P1-010"), segment: 1, at: 1_795_293_369)),
    .questionClosed(question: "P1-010", outcome: .answered(3)),
]

private let tokens = AccessTokens(
    contest: Fixtures.title, host: "AH9FPHFBH4", judges: [.init(judge: 1, name: "1号裁判", token: "24H2HUJS4P")],
    teams: [.init(team: 3, name: "南湖队", token: "HWN956WJHF"), .init(team: 6, name: "A队 Team 3", token: "KHEPGUD523")])

/// The host, team 3, judge 1 and a screen connected.
private let presence = ServerMessage.presence(
    [
        Presence(role: .host, peer: "127.0.0.1:35702", transport: "websocket"),
        Presence(role: .team, team: 3, seat: 1, peer: "127.0.0.1:35718", transport: "ndjson"),
        Presence(role: .judge, judge: 1),
    ], screens: 1)

/// One of each kind the server sends, with the fields each role sees.
private let everyKind: [(String, ServerMessage)] = [
    ("welcome, screen", .welcome(welcome(.screen, .public(Fixtures.buzzView())))),
    (
        "welcome, team",
        .welcome(welcome(.team, .public(Fixtures.buzzView())) { ($0.team, $0.teamName, $0.seat) = (3, "南湖队", 2) })
    ),
    ("welcome, judge", .welcome(welcome(.judge, .host(HostConsole.hostView)) { $0.judge = 1 })),
    ("welcome, host with tokens", .welcome(welcome(.host, .host(HostConsole.hostView)) { $0.tokens = tokens })),
    ("state, public buzz", .state(.public(Fixtures.buzzView()))),
    ("state, public finished", .state(.public(finished))),
    ("state, host", .state(.host(HostConsole.hostView))),
    ("state, host essay", .state(.host(essayHost))),
    ("ack with events", .ack(id: "t1", events: buzzEvents)),
    ("ack, no id", .ack(id: nil, events: [])),
    ("rejected", .rejected(id: "t2", code: "alreadyBuzzed", message: "本队已经抢答过")),
    ("error", .error(.badToken, message: "令牌不正确，连接将关闭")),
    ("pong", .pong(id: "p1")),
    ("presence", presence),
    ("unknown", .unknown(type: "examTick")),
]

@Test(arguments: everyKind)
func everyServerMessageReadsBackThroughTheLinkToTheSameValue(name: String, message: ServerMessage) throws {
    let envelope = ServerEnvelope(seq: 41, message: message)
    let text = String(decoding: JSONWriter.encode(envelope), as: UTF8.self)
    #expect(try ServerLink.envelope(text) == envelope, "\(name): \(text)")
}

/// A newer server's message: the encoder's text for `message` with `fragment` replaced.
private func newer(_ message: ServerMessage, _ fragment: String, _ replacement: String) throws -> String {
    let text = wire(message)
    try #require(text.contains(fragment), "the encoder no longer writes \(fragment)")
    return text.replacingOccurrences(of: fragment, with: replacement)
}

private var answered: PublicView {
    var view = Fixtures.buzzView()
    view.outcome = .answered(3)
    return view
}

private var withoutOutcome: PublicView {
    var view = answered
    view.outcome = nil
    return view
}

private var onlyTheCorrection: HostView {
    var host = HostConsole.hostView
    host.recentScores.removeFirst()
    return host
}

private var pendingOfANewKind: HostView {
    var host = essayHost
    host.pending = nil
    return host
}

/// An older console against a newer server: what it cannot name reads as absent, the rest as sent.
@Test(
    arguments: [
        (
            ServerMessage.state(.public(answered)), #"{"type":"answered","team":3}"#, #"{"type":"timedOut","team":2}"#,
            ServerMessage.state(.public(withoutOutcome))
        ),
        (
            .ack(id: "t1", events: buzzEvents), #""events":["#, #""events":[{"type":"examStarted","paper":2},"#,
            .ack(id: "t1", events: buzzEvents)
        ),
        (.pong(id: "p1"), #"{"type":"pong""#, #"{"type":"examTick","left":5"#, .unknown(type: "examTick")),
        (
            .error(.badToken, message: "x"), #""code":"badToken""#, #""code":"quotaExceeded""#,
            .error(.unknown, message: "x")
        ),
        (
            .state(.host(HostConsole.hostView)), #"{"type":"wrong","question":"P1-010"}"#,
            #"{"type":"riskBonus","tier":2}"#,
            .state(.host(onlyTheCorrection))
        ),
        (
            .state(.host(essayHost)), #"{"type":"text","text":"一窗受理 \"限时\" 办结\n"}"#,
            #"{"type":"drawing","url":"/a.png"}"#,
            .state(.host(pendingOfANewKind))
        ),
        (
            .presence([Presence(role: .host)], screens: 1), #""clients":["#,
            #""clients":[{"role":"proctor","peer":"x"},"#, .presence([Presence(role: .host)], screens: 1)
        ),
        (
            .welcome(welcome(.screen, .public(Fixtures.buzzView()))), #""serverTime""#,
            #""exam":{"paper":2},"serverTime""#,
            .welcome(welcome(.screen, .public(Fixtures.buzzView())))
        ),
    ] as [(ServerMessage, String, String, ServerMessage)])
func aNewerServersKindsReadAsAbsentNotAsAFailure(
    message: ServerMessage, fragment: String, replacement: String, read: ServerMessage
) throws {
    #expect(try ServerLink.envelope(try newer(message, fragment, replacement)).message == read)
}

@Test func anUnknownOutcomeLeavesTheScreenAsItWasWithoutTheResult() throws {
    var screen = AudienceConsole()
    let text = try newer(.state(.public(answered)), #"{"type":"answered","team":3}"#, #"{"type":"timedOut","team":2}"#)
    _ = screen.receive(try ServerLink.envelope(text).message, now: 1_000_000)
    var plain = AudienceConsole()
    _ = plain.receive(.state(.public(withoutOutcome)), now: 1_000_000)
    #expect(screen.render(width: 80, height: 30, now: 2_000_000) == plain.render(width: 80, height: 30, now: 2_000_000))
    #expect(!screen.shows("结果："))
}

/// A message of a kind no console knows changes nothing on any of them.
@Test func everyConsoleIgnoresAMessageOfANewerKind() throws {
    let unknown = try ServerLink.envelope(#"{"type":"examTick","seq":3,"left":5}"#).message
    var team = TeamConsole.joined(Fixtures.buzzView())
    var host = HostConsole.joined(.host)
    var screen = AudienceConsole()
    _ = screen.receive(.state(.public(Fixtures.buzzView())), now: 1_000_000)
    let before = (
        team.render(width: 80, height: 24, now: 2_000_000), host.render(width: 80, height: 30, now: 2_000_000)
    )
    let screenBefore = screen.render(width: 80, height: 30, now: 2_000_000)
    #expect(team.receive(unknown, now: 1_500_000) == [])
    #expect(host.receive(unknown, now: 1_500_000) == [])
    #expect(screen.receive(unknown, now: 1_500_000) == [])
    #expect(team.render(width: 80, height: 24, now: 2_000_000) == before.0)
    #expect(host.render(width: 80, height: 30, now: 2_000_000) == before.1)
    #expect(screen.render(width: 80, height: 30, now: 2_000_000) == screenBefore)
}

/// The consoles shown the server's own text: who they are, the tokens, the ruling aids.
@Test func theConsolesShowWhatTheServersTextSays() throws {
    var team = TeamConsole(token: "HWN956WJHF", seat: 2)
    team.linkChanged(.online, now: 0)
    let teamWelcome = welcome(.team, .public(Fixtures.buzzView())) { ($0.team, $0.teamName, $0.seat) = (3, "南湖队", 2) }
    _ = team.receive(try ServerLink.envelope(wire(.welcome(teamWelcome))).message, now: 1_000_000)
    #expect(team.shows("南湖队 · 2号座位   总分 120 · 第 1 名"))
    #expect(team.shows("★ 你队获得答题权，请作答 ★"))

    var host = HostConsole(role: .host, token: "AH9FPHFBH4")
    let hostWelcome = welcome(.host, .host(essayHost)) { $0.tokens = tokens }
    _ = host.receive(try ServerLink.envelope(wire(.welcome(hostWelcome))).message, now: 1_000_000)
    #expect(host.shows("待裁决：南湖队 答「一窗受理 \"限时\""))
    #expect(host.shows("论述评分 已收 2 份  1号 17.67  2号 17"))
    _ = host.press(.character("l"), now: 1_000_000)
    #expect(host.shows("○ 6 A队 Team 3 KHEPGUD523"))
    _ = host.receive(try ServerLink.envelope(wire(.ack(id: nil, events: buzzEvents))).message, now: 1_100_000)
    _ = host.receive(try ServerLink.envelope(wire(presence)).message, now: 1_200_000)
    #expect(host.shows("● 3 南湖队     HWN956WJHF"))
    #expect(host.shows("在线：队伍 1 · 裁判 1 · 大屏 1"))

    var screen = AudienceConsole()
    _ = screen.receive(try ServerLink.envelope(wire(.state(.public(finished)))).message, now: 1_000_000)
    #expect(texts(screen.render(width: 80, height: 20, now: 1_000_000)).last == "获奖：南湖队 一等奖")
}
