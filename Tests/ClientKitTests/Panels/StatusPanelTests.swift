import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test(arguments: [
    (LinkStatus.online, "● 在线", Theme.good), (.connecting, "○ 连接中…", Theme.alert),
    (
        .offline(reason: "连接被拒绝 connection refused", retryAt: 12_500_000), "○ 离线，3 秒后重连：连接被拒绝 connection refused",
        Theme.bad
    ),
    (.offline(reason: "超时", retryAt: 9_000_000), "○ 离线，0 秒后重连：超时", Theme.bad),
    (.refused(reason: "令牌不正确，连接将关闭"), "✗ 被拒绝：令牌不正确，连接将关闭", Theme.bad),
])
func statusLinkSaysWhetherWeAreConnected(status: LinkStatus, text: String, style: Style) {
    #expect(StatusPanel.link(status, now: 10_000_000) == Line(text, style: style))
}

@Test(arguments: [
    (80, "政务服务综合窗口办事员技能竞赛 · 团体决赛                                 ● 在线"),
    (40, "政务服务综合窗口办事员技能竞赛 ·… ● 在线"), (20, "2025年政务服… ● 在线"),
    (120, "政务服务综合窗口办事员技能竞赛 · 团体决赛" + String(repeating: " ", count: 73) + "● 在线"),
    (8, "… ● 在线"), (7, " ● 在线"), (5, " ●…"), (0, ""),
])
func statusTitleLineCutsTheTitleFirst(width: Int, expected: String) {
    let title = width == 20 ? "2025年政务服务技能竞赛决赛" : Fixtures.title
    let line = StatusPanel.titleLine(title, right: StatusPanel.link(.online, now: 0), width: width)
    #expect(line.plainText == expected)
    #expect(line.width <= width)
}

@Test func statusTitleLineKeepsBothStyles() {
    let line = StatusPanel.titleLine("决赛 Final", right: StatusPanel.link(.online, now: 0), width: 20)
    #expect(line.spans == [Span("决赛 Final", style: Theme.title), Span("    "), Span("● 在线", style: Theme.good)])
    #expect(Palette.ansi.render(line) == "\u{1B}[1m决赛 Final\u{1B}[0m    \u{1B}[1;32m● 在线\u{1B}[0m")
}

@Test func statusSegmentTextNamesTheSegmentAndShoutsThePause() {
    var view = PublicView(title: "决赛")
    #expect(StatusPanel.segmentText(view) == Line("未开始", style: Theme.heading))
    view.stage = .running
    view.segment = .init(index: 1, title: "抢答题", kind: .buzz)
    #expect(StatusPanel.segmentText(view) == Line("抢答题 · 进行中", style: Theme.heading))
    view.paused = true
    #expect(
        StatusPanel.segmentText(view).spans == [
            Span("抢答题 · 进行中", style: Theme.heading), Span("  ‖ 已暂停", style: Theme.alert),
        ])
    view.segment = .init(index: 5, title: "加赛 Tie-break", kind: .tieBreak)
    view.stage = .between
    #expect(StatusPanel.segmentText(view).plainText == "加赛 Tie-break · 环节间  ‖ 已暂停")
}

@Test(arguments: [(0, ""), (-3, ""), (1, "─"), (5, "─────")])
func statusRuleSpansTheWidth(width: Int, text: String) {
    #expect(StatusPanel.rule(width: width) == Line(text, style: Theme.dim))
    #expect(StatusPanel.rule(width: 120).width == 120)
}
