import ClientKit
import ContestCore
import ContestProtocol
import Testing

/// Team 3 after Space on the open question, granted the answer at 4 s, with B and D marked.
private func answering() -> TeamConsole {
    var team = TeamConsole.joined(Fixtures.buzzView(answering: nil, buzzes: []))
    _ = team.press(.space, now: 3_000_000)
    _ = team.receive(.state(.public(Fixtures.buzzView())), now: 4_000_000)
    _ = team.press(.character("b"), now: 4_000_000)
    _ = team.press(.character("d"), now: 4_000_000)
    return team
}

/// Team 3's turn on a fill-in risk question at tier 2, with 一次 typed.
private func riskFill() -> TeamConsole {
    var view = Fixtures.buzzView(answering: nil, buzzes: [])
    view.segment = .init(index: 3, title: "进阶风险题", kind: .risk)
    view.buzzers = nil
    view.turn = 3
    view.question = Fixtures.fill
    view.riskTiers = [10, 20, 30]
    view.riskTier = 1
    var team = TeamConsole.joined(view, now: 7_000_000)
    _ = team.press(.character("一"), now: 7_000_000)
    _ = team.press(.character("次"), now: 7_000_000)
    return team
}

@Test func teamScreenBeforeWelcome() {
    let team = TeamConsole(token: "HWN956WJHF", seat: 1)
    let expected =
        [
            "比赛终端                       ○ 连接中…",
            "（未登录）",
            "────────────────────────────────────────",
            "",
            "",
            "────────────────────────────────────────",
            "[空格/回车]抢答·提交 [A-H]选择",
            "[T/F]对/错 [Esc]清除 [Ctrl-C×2]退出",
        ]
    #expect(texts(team.render(width: 40, height: 8, now: 0)) == expected)
}

@Test(arguments: [
    (
        40,
        [
            "政务服务综合窗口办事员技能竞赛 ·… ● 在线",
            "南湖队 · 1号座位   总分 120 · 第 1 名…",
            "────────────────────────────────────────",
            "[多选题] 实现“一网通办”通常需要下列哪些",
            "         基础支撑？",
            "  A. 政务数据共享",
            "  B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "  D. 统一身份认证",
            "  E. 电子印章",
            "倒计时 18 秒",
            "",
            "",
            "",
            "",
            "",
            "按空格键或回车抢答",
            "────────────────────────────────────────",
            "[空格/回车]抢答·提交 [A-H]选择",
            "[T/F]对/错 [Esc]清除 [Ctrl-C×2]退出",
        ]
    ),
    (
        80,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                                 ● 在线",
            "南湖队 · 1号座位   总分 120 · 第 1 名                            抢答题 · 进行中",
            "────────────────────────────────────────────────────────────────────────────────",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？",
            "  A. 政务数据共享",
            "  B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "  D. 统一身份认证",
            "  E. 电子印章",
            "倒计时 18 秒",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "按空格键或回车抢答",
            "────────────────────────────────────────────────────────────────────────────────",
            "[空格/回车]抢答·提交 [A-H]选择 [T/F]对/错 [Esc]清除 [Ctrl-C×2]退出",
        ]
    ),
    (
        120,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                                                                         ● 在线",
            "南湖队 · 1号座位   总分 120 · 第 1 名                                                                    抢答题 · 进行中",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？",
            "  A. 政务数据共享",
            "  B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "  D. 统一身份认证",
            "  E. 电子印章",
            "倒计时 18 秒",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "按空格键或回车抢答",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "[空格/回车]抢答·提交 [A-H]选择 [T/F]对/错 [Esc]清除 [Ctrl-C×2]退出",
        ]
    ),
])
func teamScreenInvitesABuzzOnAnOpenQuestion(width: Int, expected: [String]) {
    let team = TeamConsole.joined(Fixtures.buzzView(answering: nil, buzzes: []))
    #expect(texts(team.render(width: width, height: 20, now: 3_000_000)) == expected)
}

@Test(arguments: [
    (
        40,
        [
            "政务服务综合窗口办事员技能竞赛 ·… ● 在线",
            "南湖队 · 1号座位   总分 120 · 第 1 名…",
            "────────────────────────────────────────",
            "[多选题] 实现“一网通办”通常需要下列哪些",
            "         基础支撑？",
            "  A. 政务数据共享",
            "▶ B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "▶ D. 统一身份认证",
            "  E. 电子印章",
            "倒计时 18 秒",
            "抢答顺序 ▶1.南湖队 +0.00 ms",
            "  2.A队 Team 3 +1.20 ms",
            "  3.白沙 Baisha 队 犯规",
            "",
            "",
            "",
            "★ 你队获得答题权，请作答 ★",
            "已选：B D（回车提交）",
            "────────────────────────────────────────",
            "[空格/回车]抢答·提交 [A-H]选择",
            "[T/F]对/错 [Esc]清除 [Ctrl-C×2]退出",
        ]
    ),
    (
        80,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                                 ● 在线",
            "南湖队 · 1号座位   总分 120 · 第 1 名                            抢答题 · 进行中",
            "────────────────────────────────────────────────────────────────────────────────",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？",
            "  A. 政务数据共享",
            "▶ B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "▶ D. 统一身份认证",
            "  E. 电子印章",
            "倒计时 18 秒",
            "抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms  3.白沙 Baisha 队 犯规",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "★ 你队获得答题权，请作答 ★",
            "已选：B D（回车提交）",
            "────────────────────────────────────────────────────────────────────────────────",
            "[空格/回车]抢答·提交 [A-H]选择 [T/F]对/错 [Esc]清除 [Ctrl-C×2]退出",
        ]
    ),
    (
        120,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                                                                         ● 在线",
            "南湖队 · 1号座位   总分 120 · 第 1 名                                                                    抢答题 · 进行中",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？",
            "  A. 政务数据共享",
            "▶ B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "▶ D. 统一身份认证",
            "  E. 电子印章",
            "倒计时 18 秒",
            "抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms  3.白沙 Baisha 队 犯规",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "★ 你队获得答题权，请作答 ★",
            "已选：B D（回车提交）",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "[空格/回车]抢答·提交 [A-H]选择 [T/F]对/错 [Esc]清除 [Ctrl-C×2]退出",
        ]
    ),
])
func teamScreenWhileAnsweringShowsTheBuzzOrderAndTheSelection(width: Int, expected: [String]) {
    #expect(texts(answering().render(width: width, height: 22, now: 6_000_000)) == expected)
}

@Test(arguments: [
    (
        40,
        [
            "政务服务综合窗口办事员技能竞赛 ·… ● 在线",
            "南湖队 · 1号座位   总分 120 · 第 1 名…",
            "────────────────────────────────────────",
            "[填空题] 政务服务中心实行“一窗受理、____",
            "         办结”。",
            "倒计时 19 秒",
            "档位 1) 10分  2) 20分  3) 30分   当前第…",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "▶ 轮到你队作答",
            "答案：一次▏（回车提交）",
            "────────────────────────────────────────",
            "[空格/回车]抢答·提交 [A-H]选择",
            "[T/F]对/错 [1-9]选档 [0]放弃 [↑]进阶",
            "[↓]停止 [Esc]清除 [Ctrl-C×2]退出",
        ]
    ),
    (
        80,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                                 ● 在线",
            "南湖队 · 1号座位   总分 120 · 第 1 名                        进阶风险题 · 进行中",
            "────────────────────────────────────────────────────────────────────────────────",
            "[填空题] 政务服务中心实行“一窗受理、____办结”。",
            "倒计时 19 秒",
            "档位 1) 10分  2) 20分  3) 30分   当前第 2 档 20分",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "▶ 轮到你队作答",
            "答案：一次▏（回车提交）",
            "────────────────────────────────────────────────────────────────────────────────",
            "[空格/回车]抢答·提交 [A-H]选择 [T/F]对/错 [1-9]选档 [0]放弃 [↑]进阶 [↓]停止",
            "[Esc]清除 [Ctrl-C×2]退出",
        ]
    ),
])
func teamScreenOnARiskTurnShowsTiersAndTheTypedAnswer(width: Int, expected: [String]) {
    #expect(texts(riskFill().render(width: width, height: 20, now: 8_000_000)) == expected)
}

@Test func teamScreenKeepsItsStyles() {
    let lines = answering().render(width: 80, height: 22, now: 6_000_000)
    let prompt = lines[18]
    #expect(prompt == Line("★ 你队获得答题权，请作答 ★", style: Theme.highlight))
    #expect(Palette.ansi.render(prompt) == "\u{1B}[1;30;43m★ 你队获得答题权，请作答 ★\u{1B}[0m")
    #expect(lines[5] == Line("▶ B. 电子证照", style: Theme.highlight))
    #expect(lines[10].spans.first == Span("抢答顺序 ", style: Theme.heading))
    #expect(lines[9].spans == [Span("倒计时 ", style: Theme.heading), Span("18 秒", style: Theme.title)])
    let urgent = answering().render(width: 80, height: 22, now: 20_000_000)[9]
    #expect(urgent.spans == [Span("倒计时 ", style: Theme.heading), Span("4 秒", style: Theme.bad)])
}

@Test(arguments: 40...160)
func teamScreenFitsEveryWidth(width: Int) {
    var crowded = answering()
    var view = Fixtures.buzzView()
    view.buzzes.insert(.init(team: 2, name: "示例县行政审批服务局第一代表队", marginText: "+15.06 ms"), at: 1)
    view.outcome = .answered(2)
    _ = crowded.receive(.state(.public(view)), now: 5_000_000)
    for (team, height) in [(answering(), 22), (riskFill(), 20), (crowded, 30), (crowded, 6)] {
        let lines = team.render(width: width, height: height, now: 6_000_000)
        #expect(lines.count == height)
        for line in lines { #expect(line.width <= width) }
    }
}
