import ClientKit
import ContestCore
import ContestProtocol
import Foundation
import Testing

/// After a question A队 Team 3 passes 南湖队 with +10 while 南湖队 holds the buzz.
private func afterAPass() -> AudienceConsole {
    var screen = AudienceConsole()
    screen.linkChanged(.online, now: 0)
    _ = screen.receive(.state(.public(Fixtures.buzzView(answering: nil, buzzes: []))), now: 1_000_000)
    var after = Fixtures.buzzView()
    after.scoreboard.swapAt(0, 1)
    (after.scoreboard[0].rank, after.scoreboard[0].total, after.scoreboard[1].rank) = (1, Points(hundredths: 12_750), 2)
    _ = screen.receive(.state(.public(after)), now: 2_000_000)
    return screen
}

@Test func audienceHelloWatchesWithoutAToken() {
    #expect(AudienceConsole().hello == ClientMessage.Hello(role: .screen))
    let expected =
        [
            "比赛大屏                                                               ○ 连接中…"
        ]
    #expect(texts(AudienceConsole().render(width: 80, height: 10, now: 0)) == expected)
}

@Test(arguments: [
    (
        40,
        [
            "政务服务综合窗口办事员技能竞赛 ·… ● 在线",
            "抢答题 · 进行中",
            "────────────────────────────────────────",
            "抢答成功：南湖队",
            "         █  ███",
            "        ██  █ █",
            "倒计时   █  ███",
            "         █    █",
            "        ███ ███",
            "抢答顺序 ▶1.南湖队 +0.00 ms",
            "  2.A队 Team 3 +1.20 ms",
            "  3.白沙 Baisha 队 犯规",
            "[多选题] 实现“一网通办”通常需要下列哪些",
            "         基础支撑？",
            "  A. 政务数据共享",
            "  B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "  D. 统一身份认证",
            "  E. 电子印章",
            "",
            "",
            "",
            "",
            "────────────────────────────────────────",
            "  名次     队伍                 总分 变…",
            "  第1名    A队 Team 3          127.5 ▲1…",
            "▶ 第2名    南湖队                120 ▼1…",
            "  并列第3  城东队                 95",
            "  并列第3  白沙 Baisha 队         95",
            "  第5名    示例县行政审批…      -2.5",
        ]
    ),
    (
        80,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                                 ● 在线",
            "抢答题 · 进行中",
            "────────────────────────────────────────────────────────────────────────────────",
            "抢答成功：南湖队",
            "         █  ███",
            "        ██  █ █",
            "倒计时   █  ███",
            "         █    █",
            "        ███ ███",
            "抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms  3.白沙 Baisha 队 犯规",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？",
            "  A. 政务数据共享",
            "  B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "  D. 统一身份认证",
            "  E. 电子印章",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "────────────────────────────────────────────────────────────────────────────────",
            "  名次     队伍                 总分 变化",
            "  第1名    A队 Team 3          127.5 ▲1 +10    ",
            "▶ 第2名    南湖队                120 ▼1        ",
            "  并列第3  城东队                 95",
            "  并列第3  白沙 Baisha 队         95",
            "  第5名    示例县行政审批…      -2.5",
        ]
    ),
    (
        120,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                                                                         ● 在线",
            "抢答题 · 进行中",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "抢答成功：南湖队",
            "         █  ███",
            "        ██  █ █",
            "倒计时   █  ███",
            "         █    █",
            "        ███ ███",
            "抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms  3.白沙 Baisha 队 犯规",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？",
            "  A. 政务数据共享",
            "  B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "  D. 统一身份认证",
            "  E. 电子印章",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "  名次     队伍             单位                             总分 变化",
            "  第1名    A队 Team 3       城西 Service Center             127.5 ▲1 +10    ",
            "▶ 第2名    南湖队           示例县南湖镇便民服务中心          120 ▼1        ",
            "  并列第3  城东队           示例县城东镇便民服务中心           95",
            "  并列第3  白沙 Baisha 队                                      95",
            "  第5名    示例县行政审批…  行政审批服务局                   -2.5",
        ]
    ),
])
func audienceScreenShowsTheBigCountdownWhenTall(width: Int, expected: [String]) {
    #expect(texts(afterAPass().render(width: width, height: 30, now: 3_000_000)) == expected)
}

@Test func audienceScreenShowsAOneLineCountdownWhenShort() {
    let expected =
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                                 ● 在线",
            "抢答题 · 进行中",
            "────────────────────────────────────────────────────────────────────────────────",
            "抢答成功：南湖队",
            "倒计时 19 秒",
            "抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms  3.白沙 Baisha 队 犯规",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？",
            "  A. 政务数据共享",
            "  B. 电子证照",
            "────────────────────────────────────────────────────────────────────────────────",
            "  名次     队伍                 总分 变化",
            "  第1名    A队 Team 3          127.5 ▲1 +10    ",
            "▶ 第2名    南湖队                120 ▼1        ",
            "  并列第3  城东队                 95",
            "  并列第3  白沙 Baisha 队         95",
            "  第5名    示例县行政审批…      -2.5",
        ]
    #expect(texts(afterAPass().render(width: 80, height: 16, now: 3_000_000)) == expected)
}

@Test func audienceKeepsRankAndScoreChangesUntilTheNextScoreChange() {
    var screen = afterAPass()
    #expect(screen.changes == [6: .init(places: 1, points: 10), 3: .init(places: -1, points: 0)])
    var same = Fixtures.buzzView()
    same.scoreboard = screen.live!.view.scoreboard
    same.remaining = 5_000_000
    _ = screen.receive(.state(.public(same)), now: 4_000_000)
    #expect(screen.changes.count == 2)
    same.scoreboard[2].total = 100
    _ = screen.receive(.state(.public(same)), now: 5_000_000)
    #expect(screen.changes == [1: .init(places: 0, points: 5)])
}

@Test func audienceHidesTheAnswerUntilTheCardCarriesIt() {
    var screen = afterAPass()
    let hidden = texts(screen.render(width: 80, height: 30, now: 3_000_000))
    #expect(!hidden.contains { $0.contains("答案") || $0.contains("✓") })
    var revealed = Fixtures.buzzView()
    revealed.scoreboard = screen.live!.view.scoreboard
    revealed.question?.answer = "ABDE"
    revealed.outcome = .answered(3)
    _ = screen.receive(.state(.public(revealed)), now: 4_000_000)
    let shown = texts(screen.render(width: 80, height: 30, now: 4_000_000))
    #expect(shown.contains("  A. 政务数据共享 ✓"))
    #expect(shown.contains("  C. 要求群众提供更多纸质证明"))
    #expect(shown.contains("答案：ABDE"))
    #expect(shown.contains("结果：南湖队答对"))
}

@Test func audienceShowsWhoseTurnWithoutABuzz() {
    var screen = AudienceConsole()
    var view = Fixtures.buzzView(answering: nil, buzzes: [])
    view.segment = .init(index: 2, title: "接力答题", kind: .relay)
    view.turn = 6
    view.remaining = nil
    _ = screen.receive(.state(.public(view)), now: 1_000_000)
    let lines = screen.render(width: 80, height: 30, now: 1_000_000)
    #expect(lines[3] == Line("作答：A队 Team 3", style: Theme.highlight))
    #expect(!texts(lines).contains { $0.contains("⏱") || $0.contains("█") })
}

@Test func audienceScreenKeepsItsStyles() {
    let lines = afterAPass().render(width: 80, height: 30, now: 3_000_000)
    #expect(lines[3] == Line("抢答成功：南湖队", style: Theme.highlight))
    #expect(lines[6] == Line("倒计时   █  ███", style: Theme.alert))
    #expect(
        Palette.ansi.render(lines[26])
            == "\u{1B}[1;30;43m▶ 第2名    南湖队                120\u{1B}[0m \u{1B}[1;31m▼1        \u{1B}[0m")
    let urgent = afterAPass().render(width: 80, height: 30, now: 19_000_000)
    #expect(urgent[6] == Line("倒计时  ███", style: Theme.bad))
}

@Test func audienceListsAwardsWhenFinished() throws {
    var screen = AudienceConsole()
    var view = PublicView(title: Fixtures.title, stage: .finished, scoreboard: Fixtures.standings)
    let awards =
        #"{"lines":[{"award":"一等奖","team":3,"rank":1,"total":120},{"award":"二等奖","team":6,"rank":2,"total":117.5},{"team":1,"rank":3,"total":95}],"tiesToBreak":[]}"#
    view.awards = try AwardList(jsonText: Array(awards.utf8))
    _ = screen.receive(.state(.public(view)), now: 1_000_000)
    #expect(texts(screen.render(width: 80, height: 20, now: 1_000_000)).last == "获奖：南湖队 一等奖  A队 Team 3 二等奖")
}

@Test func audienceQuitsOnQOrCtrlC() {
    var screen = AudienceConsole()
    #expect(screen.press(.character("q"), now: 0) == [.quit])
    #expect(screen.press(.ctrlC, now: 0) == [.quit])
    #expect(screen.press(.space, now: 0) == [])
}

@Test(arguments: 40...160)
func audienceScreenFitsEveryWidth(width: Int) {
    for height in [30, 16, 4] {
        let lines = afterAPass().render(width: width, height: height, now: 3_000_000)
        #expect(lines.count == height)
        for line in lines { #expect(line.width <= width) }
    }
}

@Test func audienceScreenShowsThePreviousQuestionsKeyUnderTheNextOne() {
    var screen = AudienceConsole()
    var view = Fixtures.buzzView(answering: nil, buzzes: [])
    (view.segment, view.buzzers, view.turn) = (.init(index: 0, title: "速答题", kind: .speed), nil, 3)
    view.question = Fixtures.truefalse
    view.previous = Fixtures.multiple
    _ = screen.receive(.state(.public(view)), now: 1_000_000)
    #expect(!texts(screen.render(width: 80, height: 30, now: 1_000_000)).contains { $0.hasPrefix("上一题") })
    view.previous?.answer = "ABDE"
    _ = screen.receive(.state(.public(view)), now: 2_000_000)
    let rows = texts(screen.render(width: 80, height: 30, now: 2_000_000))
    #expect(rows.firstIndex(of: "上一题答案：ABDE") == rows.firstIndex { $0.hasPrefix("[判断题]") }.map { $0 + 1 })
}
