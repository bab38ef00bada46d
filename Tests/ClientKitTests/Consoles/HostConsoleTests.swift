import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test func hostHelloNamesTheRole() {
    #expect(HostConsole(role: .host, token: "T").hello == ClientMessage.Hello(role: .host, token: "T"))
    #expect(HostConsole(role: .judge, token: "J").hello == ClientMessage.Hello(role: .judge, token: "J"))
}

@Test(
    arguments: [
        ("n", Action.showQuestion(id: nil)), ("a", .armBuzzers), ("t", .nextTurn), ("+", .rule(.correct)),
        ("-", .rule(.wrong)), ("r", .revealAnswer), ("k", .skip), ("p", .pause),
    ] as [(Character, Action)])
func hostKeySendsItsCommandAtOnce(key: Character, command: Action) {
    var host = HostConsole.joined(.host)
    #expect(host.press(.character(key), now: 2_000_000) == [.send(command)])
    #expect(host.confirming == nil)
}

@Test(
    arguments: [
        ("v", Action.void, "作废本题"), ("u", .undo, "撤销"), ("e", .endSegment, "结束环节"),
        ("F", .finishContest, "结束比赛"),
    ] as [(Character, Action, String)])
func hostDestructiveKeyAsksForYFirst(key: Character, command: Action, label: String) {
    var host = HostConsole.joined(.host)
    #expect(host.press(.character(key), now: 2_000_000) == [])
    #expect(host.confirming?.label == label)
    #expect(host.render(width: 80, height: 30, now: 2_000_000)[25].plainText == "确认\(label)？按 y 确认，其他键取消")
    #expect(host.press(.character("y"), now: 2_000_000) == [.send(command)])
    _ = host.receive(.ack(id: "h9", events: []), now: 2_100_000)
    #expect(host.notice?.said == "✓ 已执行：\(label)")
}

@Test(arguments: [Key.character("n"), .character("x"), .enter, .escape, .character("Y")])
func hostAnyOtherKeyCancelsTheConfirmation(key: Key) {
    var host = HostConsole.joined(.host)
    _ = host.press(.character("v"), now: 2_000_000)
    let effects = host.press(key, now: 2_000_000)
    if key == .character("Y") {
        #expect(effects == [.send(.void)])
    } else {
        #expect(effects == [])
        #expect(host.notice?.said == "✓ 已取消：作废本题")
        #expect(host.press(.character("y"), now: 2_000_000) == [])
    }
}

@Test func hostCorrectionNeedsTeamPointsAndAReasonThenConfirmation() {
    var host = HostConsole.joined(.host)
    #expect(host.type([.character("c")] + entry("3") + entry("-2.5")) == [])
    #expect(host.form?.currentLabel == "原因（必填）")
    #expect(host.type([.space, .enter]) == [])
    #expect(host.notice?.said == "✗ 原因（必填）不能为空")
    #expect(host.form != nil)
    #expect(host.type(entry("读错题号 Q7")) == [])
    #expect(host.form == nil)
    #expect(host.confirming?.label == "改分")
    #expect(
        host.press(.character("y"), now: 2_000_000) == [
            .send(.correctScore(team: 3, delta: Points(hundredths: -250), reason: "读错题号 Q7"))
        ])
}

@Test func hostFormEditsWithBackspaceAndCancelsWithEscape() {
    var host = HostConsole.joined(.host)
    _ = host.type([.character("s"), .character("3"), .backspace, .character("2")])
    #expect(host.form?.input == "2")
    #expect(host.press(.escape, now: 2_000_000) == [])
    #expect(host.form == nil)
    #expect(host.notice?.said == "✓ 已取消：开始环节")
}

@Test(arguments: [
    ([Key.character("s")] + entry("2"), Action.startSegment(1)),
    ([.character("T")] + entry("6") + entry("3,6"), .startTieBreak(segment: 5, teams: [3, 6])),
    ([.character("N")] + entry("P1-010"), .showQuestion(id: "P1-010")),
    ([.character("b")] + entry("3") + entry("AC"), .onBehalf(team: 3, .answer(.choices([0, 2])))),
    ([.character("b")] + entry("3") + entry("对"), .onBehalf(team: 3, .answer(.truth(true)))),
    ([.character("b")] + entry("2") + entry("进阶"), .onBehalf(team: 2, .climb)),
    ([.character("b")] + entry("2") + entry("档2"), .onBehalf(team: 2, .pickTier(1))),
    ([.character("b")] + entry("6") + entry("一窗受理 限时办结"), .onBehalf(team: 6, .answer(.text("一窗受理 限时办结")))),
])
func hostFormsSendTheirCommand(keys: [Key], command: Action) {
    var host = HostConsole.joined(.host)
    #expect(host.type(keys) == [.send(command)])
    #expect(host.form == nil)
}

@Test func hostFormWithABadNumberStartsAgain() {
    var host = HostConsole.joined(.host)
    #expect(host.type([.character("s")] + entry("二")) == [])
    #expect(host.notice?.said == "✗ 环节序号应是整数：二")
    #expect(host.shows("开始环节 › 环节序号：▏  ✗ 环节序号应是整数：二"))
    #expect(host.type(entry("2")) == [.send(.startSegment(1))])
}

@Test func hostTieBreakFormSaysWhyItStartedAgain() {
    var host = HostConsole.joined(.host)
    _ = host.type([.character("T")] + entry("6,1,2") + entry("1,2"))
    let rows = texts(host.render(width: 120, height: 30, now: 2_000_000))
    #expect(rows.contains("开始加赛 › 加赛环节序号：▏  ✗ 环节序号应是整数：6,1,2"))
    _ = host.type(entry("6"))
    #expect(host.shows("开始加赛 › 参赛队号（如 3,6）：▏  回车确定 Esc 取消"))
}

@Test func hostSeesTheProgrammeAgainOnceTheLastResultFades() {
    var host = HostConsole.joined(.host)
    _ = host.type([.character("n")])
    _ = host.receive(.ack(id: "h1", events: []), now: 2_000_000)
    #expect(host.shows("✓ 已执行：出题", now: 3_000_000))
    #expect(host.shows("环节：1速答题 2抢答题 6加赛", now: 2_000_000 + Notice.lifetime))
}

@Test func hostPauseKeyFollowsTheView() {
    var host = HostConsole.joined(.host)
    #expect(host.press(.character("p"), now: 2_000_000) == [.send(.pause)])
    var paused = HostConsole.hostView
    paused.view.paused = true
    _ = host.receive(.state(.host(paused)), now: 3_000_000)
    #expect(host.press(.character("p"), now: 3_000_000) == [.send(.resume)])
    #expect(
        host.render(width: 80, height: 30, now: 3_000_000)[1].plainText == "抢答题 · 进行中  ‖ 已暂停   倒计时 暂停 20 秒   可撤销 2 步")
    #expect(host.render(width: 80, height: 30, now: 3_000_000)[28].plainText.contains("[p]继续"))
}

@Test(
    arguments: [("+", Action.rule(.correct)), ("-", .rule(.wrong))] as [(Character, Action)])
func judgeRulesWithPlusAndMinus(key: Character, command: Action) {
    var judge = HostConsole.joined(.judge)
    #expect(judge.press(.character(key), now: 2_000_000) == [.send(command)])
}

@Test(arguments: ["n", "s", "v", "a", "p", "c", "b", "l", "T", "u", "y"] as [Character])
func judgeIgnoresTheHostsKeys(key: Character) {
    var judge = HostConsole.joined(.judge)
    let before = judge.render(width: 80, height: 26, now: 2_000_000)
    #expect(judge.press(.character(key), now: 2_000_000) == [])
    #expect(judge.form == nil && judge.confirming == nil && !judge.showsTokens)
    #expect(judge.render(width: 80, height: 26, now: 2_000_000) == before)
}

@Test func judgeScoresAnEssayAndQuitsOnlyAfterConfirming() {
    var judge = HostConsole.joined(.judge)
    #expect(
        judge.type([.character("g")] + entry("4") + entry("17.5")) == [
            .send(.scoreEssay(team: 4, score: Points(hundredths: 1750)))
        ])
    #expect(judge.press(.character("q"), now: 2_000_000) == [])
    #expect(judge.press(.character("n"), now: 2_000_000) == [])
    #expect(judge.press(.ctrlC, now: 2_000_000) == [])
    #expect(judge.press(.character("y"), now: 2_000_000) == [.quit])
}

@Test func hostQuitAsksFirst() {
    var host = HostConsole.joined(.host)
    #expect(host.press(.ctrlC, now: 2_000_000) == [])
    #expect(host.press(.character("y"), now: 2_000_000) == [.quit])
}

@Test func hostShowsAcksRejectionsErrorsAndFailedSends() {
    var host = HostConsole.joined(.host)
    _ = host.press(.character("a"), now: 2_000_000)
    _ = host.receive(.rejected(id: "h3", code: "wrongPhase", message: "现在不能开放抢答"), now: 2_100_000)
    #expect(host.notice?.said == "✗ 开放抢答被拒绝：现在不能开放抢答")
    #expect(host.render(width: 80, height: 30, now: 2_100_000)[25].plainText == "✗ 开放抢答被拒绝：现在不能开放抢答")
    _ = host.press(.character("t"), now: 2_200_000)
    _ = host.receive(.ack(id: "h4", events: []), now: 2_300_000)
    #expect(host.render(width: 80, height: 30, now: 2_300_000)[25].plainText == "✓ 已执行：下一队")
    _ = host.receive(.error(.badMessage, message: "无法识别的消息"), now: 2_400_000)
    #expect(host.notice?.said == "✗ 无法识别的消息")
    host.sendFailed(.nextTurn, now: 2_500_000)
    #expect(host.notice?.said == "✗ 未连接服务器，下一队没有发出")
}

@Test func judgeSeesOnlyItsOwnEssayScoreWhileTheHostSeesAll() {
    var view = HostConsole.hostView
    view.view.segment = .init(index: 4, title: "论述题", kind: .essay)
    view.essayScores = [1: 18, 2: 17]
    let judge = HostConsole.joined(.judge, view)
    #expect(judge.shows("论述评分 已收 2 份  本裁判 18"))
    #expect(!judge.shows("2号 17"))
    #expect(HostConsole.joined(.host, view).shows("论述评分 已收 2 份  1号 18  2号 17"))
}
