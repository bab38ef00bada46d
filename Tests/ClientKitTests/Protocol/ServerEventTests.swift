import ClientKit
import Testing

@Test func serverEventReadsATeamWelcomeWithThePublicView() throws {
    guard case .welcome(let welcome) = try ServerEvent.decode(ServerSamples.teamWelcome) else {
        Issue.record("not a welcome")
        return
    }
    #expect(welcome.role == "team")
    #expect(welcome.team == 3)
    #expect(welcome.seat == 1)
    #expect(welcome.teamName == "南湖队")
    #expect(welcome.judge == nil && welcome.tokens == nil && welcome.hostView == nil)
    let view = try #require(welcome.publicView)
    #expect(view.title == "政务服务综合窗口办事员技能竞赛 · 团体决赛（演示）")
    #expect(view.stage == "notStarted")
    #expect(view.segment == nil && view.question == nil && view.remaining == nil && view.answering == nil)
    #expect(view.scoreboard.map(\.name) == ["城东队", "城西队", "南湖队"])
    #expect(view.scoreboard[2] == .init(team: 3, name: "南湖队", unit: "示例县南湖镇便民服务中心", total: 0, rank: 1, tied: true))
    #expect(view.awards?.tiesToBreak == [[1, 2, 3]])
    #expect(view.awards?.lines.map(\.awaitingTieBreak) == [true, true, true])
}

@Test func serverEventReadsAHostWelcomeWithTokensAndSegments() throws {
    guard case .welcome(let welcome) = try ServerEvent.decode(ServerSamples.hostWelcome) else {
        Issue.record("not a welcome")
        return
    }
    #expect(welcome.role == "host")
    #expect(welcome.team == nil && welcome.publicView == nil)
    #expect(
        welcome.tokens
            == TokenList(
                host: "AH9FPHFBH4",
                judges: [
                    .init(number: 1, name: "1号裁判", token: "24H2HUJS4P"),
                    .init(number: 2, name: "2号裁判", token: "WPADPXMZ88"),
                ],
                teams: [
                    .init(number: 1, name: "城东队", token: "C6YN2633XP"),
                    .init(number: 2, name: "城西队", token: "KYRYDPUNHZ"),
                    .init(number: 3, name: "南湖队", token: "HWN956WJHF"),
                ]))
    let host = try #require(welcome.hostView)
    #expect(host.segments.map(\.title) == ["速答题", "抢答题", "接力答题", "进阶风险题", "论述题", "加赛"])
    #expect(host.segments.map(\.kind) == ["speed", "buzz", "relay", "risk", "essay", "tiebreak"])
    #expect(host.answerKey == nil && host.pending == nil && host.undoDepth == 0)
    #expect(host.view.scoreboard.count == 3)
}

@Test func serverEventReadsAJudgeWelcomeWithItsNumber() throws {
    guard case .welcome(let welcome) = try ServerEvent.decode(ServerSamples.judgeWelcome) else {
        Issue.record("not a welcome")
        return
    }
    #expect(welcome.role == "judge")
    #expect(welcome.judge == 1)
    #expect(welcome.tokens == nil)
    #expect(welcome.hostView?.view.stage == "notStarted")
}

@Test func serverEventReadsAPublicStateWithTheQuestionAndTheBuzz() throws {
    guard case .publicState(let view) = try ServerEvent.decode(ServerSamples.answeringState) else {
        Issue.record("not a public state")
        return
    }
    #expect(view.stage == "running")
    #expect(view.segment == .init(index: 1, title: "抢答题", kind: "buzz"))
    #expect(
        view.question
            == .init(
                id: "P1-010", type: "multiple", stem: "实现“一网通办”通常需要下列哪些基础支撑？",
                options: ["政务数据共享", "电子证照", "要求群众提供更多纸质证明", "统一身份认证", "电子印章"]))
    #expect(view.answering == 3)
    #expect(view.buzzes == [.init(team: 3, name: "南湖队", seat: 1, marginText: "+0.00 ms")])
    #expect(view.buzzWinner?.name == "南湖队")
    #expect(view.deadline == 1_795_293_387_209_790)
    #expect(view.remaining == 19_999_847)
    #expect(!view.paused)
}

@Test func serverEventReadsAHostStateWithKeyScoresAndACorrection() throws {
    guard case .hostState(let host) = try ServerEvent.decode(ServerSamples.hostStateAfterCorrection) else {
        Issue.record("not a host state")
        return
    }
    #expect(host.answerKey == "ABDE")
    #expect(host.explanation == "统一身份认证、电子证照、电子印章和数据共享是网上办事的基础支撑；增加纸质证明与“一网通办”的方向相反。")
    #expect(host.undoDepth == 2)
    #expect(host.recentScores.map(\.delta) == [-10, 2.5])
    #expect(host.recentScores.map { Labels.scoreReason($0.reason) } == ["答错", "改分：读错题号"])
    #expect(host.view.scoreboard.last == .init(team: 3, name: "南湖队", unit: "示例县南湖镇便民服务中心", total: -7.5, rank: 8))
    #expect(host.view.awards?.lines.last?.award == "三等奖")
}

private func ndjson(_ entry: PresenceEntry) -> PresenceEntry {
    var entry = entry
    entry.transport = "ndjson"
    return entry
}

@Test(arguments: [
    (ServerSamples.ack, ServerEvent.ack(id: "5")),
    (#"{"events":[],"id":17,"seq":3,"type":"ack"}"#, .ack(id: "17")),
    (#"{"seq":3,"type":"ack"}"#, .ack(id: nil)),
    (ServerSamples.rejected, .rejected(id: "t2", code: "alreadyBuzzed", message: "本队已经抢答过")),
    (#"{"code":"notAllowed","id":4,"type":"rejected"}"#, .rejected(id: "4", code: "notAllowed", message: "")),
    (ServerSamples.error, .error(code: "badMessage", message: #"无法识别的消息：type: unknown message type "bogus""#)),
    (
        ServerSamples.presence,
        .presence([
            ndjson(PresenceEntry(role: "host", peer: "127.0.0.1:35702")),
            ndjson(PresenceEntry(role: "judge", judge: 1, peer: "127.0.0.1:35724")),
            ndjson(PresenceEntry(role: "screen", peer: "127.0.0.1:35730")),
            ndjson(PresenceEntry(role: "team", team: 3, seat: 1, peer: "127.0.0.1:35718")),
        ])
    ),
    (#"{"type":"presence"}"#, .presence([])),
    (ServerSamples.pong, .other),
    (#"{"type":"resultsPublished","url":"/api/results.csv"}"#, .other),
])
func serverEventReadsEveryShortMessage(json: String, event: ServerEvent) throws {
    #expect(try ServerEvent.decode(json) == event)
}

@Test(arguments: [
    "", "not json", "[]", #"{"seq":1}"#, #"{"type":7}"#, #"{"type":"rejected","id":"t1"}"#,
    #"{"type":"welcome"}"#, #"{"type":"state"}"#,
])
func serverEventThrowsOnMessagesThatAreNotOurs(json: String) {
    #expect(throws: (any Error).self) { try ServerEvent.decode(json) }
}

@Test func serverEventFillsFieldsAViewLeavesOut() throws {
    #expect(
        try ServerEvent.decode(#"{"type":"state","public":{"title":"x"}}"#)
            == .publicState(PublicView(title: "x")))
}
