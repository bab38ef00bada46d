import ClientKit
import ContestCore
import ContestProtocol
import Testing

/// The host console with team 3, judge 1 and a screen connected.
private func hostWithPresence() -> HostConsole {
    var host = HostConsole.joined(.host)
    _ = host.receive(
        .presence(
            [Presence(role: .host), Presence(role: .team, team: 3, seat: 1), Presence(role: .judge, judge: 1)],
            screens: 1), now: 1_000_000)
    return host
}

@Test(arguments: [
    (
        40,
        [
            "政务服务综合窗口办事员技… 主持人  ● 在线",
            "抢答题 · 进行中   倒计时 19 秒   可撤销…",
            "────────────────────────────────────────",
            "题号 P1-010",
            "[多选题] 实现“一网通办”通常需要下列哪些",
            "         基础支撑？",
            "  A. 政务数据共享 ✓",
            "  B. 电子证照 ✓",
            "  C. 要求群众提供更多纸质证明",
            "  D. 统一身份认证 ✓",
            "  E. 电子印章 ✓",
            "答案：ABDE",
            "解析：统一身份认证、电子证照、电子印章和",
            "数据共享是网上办事的基础支撑。",
            "待裁决：南湖队 答「BD」  按 + 判对 / -",
            "        判错",
            "抢答顺序 ▶1.南湖队 +0.00 ms",
            "  2.A队 Team 3 +1.20 ms",
            "  3.白沙 Baisha 队 犯规",
            "  A队 Team 3 +2.5 改分：读错题号",
            "  南湖队 -10 答错",
            "  名次     队伍                 总分 变…",
            "环节：1速答题 2抢答题 6加赛",
            "────────────────────────────────────────",
            "[s]开始环节 [n]出题 [N]指定题号",
            "[a]开放抢答 [t]下一队 [+]判对 [-]判错",
            "[r]公布答案 [k]跳过 [b]代录 [p]暂停",
            "[v]作废本题* [u]撤销* [c]改分*",
            "[e]结束环节* [T]加赛 [F]结束比赛*",
            "[l]令牌/在线 [q]退出*",
        ]
    ),
    (
        80,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                         主持人  ● 在线",
            "抢答题 · 进行中   倒计时 19 秒   可撤销 2 步",
            "────────────────────────────────────────────────────────────────────────────────",
            "题号 P1-010",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？",
            "  A. 政务数据共享 ✓",
            "  B. 电子证照 ✓",
            "  C. 要求群众提供更多纸质证明",
            "  D. 统一身份认证 ✓",
            "  E. 电子印章 ✓",
            "答案：ABDE",
            "解析：统一身份认证、电子证照、电子印章和数据共享是网上办事的基础支撑。",
            "待裁决：南湖队 答「BD」  按 + 判对 / - 判错",
            "抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms  3.白沙 Baisha 队 犯规",
            "  A队 Team 3 +2.5 改分：读错题号",
            "  南湖队 -10 答错",
            "  名次     队伍                 总分 变化",
            "▶ 第1名    南湖队                120",
            "  第2名    A队 Team 3          117.5",
            "  并列第3  城东队                 95",
            "  并列第3  白沙 Baisha 队         95",
            "  第5名    示例县行政审批…      -2.5",
            "在线：队伍 1 · 裁判 1 · 大屏 1",
            "未连接：6号 1号 8号 2号",
            "",
            "环节：1速答题 2抢答题 6加赛",
            "────────────────────────────────────────────────────────────────────────────────",
            "[s]开始环节 [n]出题 [N]指定题号 [a]开放抢答 [t]下一队 [+]判对 [-]判错",
            "[r]公布答案 [k]跳过 [b]代录 [p]暂停 [v]作废本题* [u]撤销* [c]改分* [e]结束环节*",
            "[T]加赛 [F]结束比赛* [l]令牌/在线 [q]退出*",
        ]
    ),
    (
        120,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                                                                 主持人  ● 在线",
            "抢答题 · 进行中   倒计时 19 秒   可撤销 2 步",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "题号 P1-010                                                             │   名次     队伍                 总分 变化",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？                       │ ▶ 第1名    南湖队                120",
            "  A. 政务数据共享 ✓                                                     │   第2名    A队 Team 3          117.5",
            "  B. 电子证照 ✓                                                         │   并列第3  城东队                 95",
            "  C. 要求群众提供更多纸质证明                                           │   并列第3  白沙 Baisha 队         95",
            "  D. 统一身份认证 ✓                                                     │   第5名    示例县行政审批…      -2.5",
            "  E. 电子印章 ✓                                                         │ 在线：队伍 1 · 裁判 1 · 大屏 1",
            "答案：ABDE                                                              │ 未连接：6号 1号 8号 2号",
            "解析：统一身份认证、电子证照、电子印章和数据共享是网上办事的基础支撑。  │ ",
            "待裁决：南湖队 答「BD」  按 + 判对 / - 判错                             │ ",
            "抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms                      │ ",
            "  3.白沙 Baisha 队 犯规                                                 │ ",
            "  A队 Team 3 +2.5 改分：读错题号                                        │ ",
            "  南湖队 -10 答错                                                       │ ",
            "                                                                        │ ",
            "                                                                        │ ",
            "                                                                        │ ",
            "                                                                        │ ",
            "                                                                        │ ",
            "                                                                        │ ",
            "                                                                        │ ",
            "                                                                        │ ",
            "                                                                        │ ",
            "环节：1速答题 2抢答题 6加赛",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "[s]开始环节 [n]出题 [N]指定题号 [a]开放抢答 [t]下一队 [+]判对 [-]判错 [r]公布答案 [k]跳过 [b]代录 [p]暂停 [v]作废本题*",
            "[u]撤销* [c]改分* [e]结束环节* [T]加赛 [F]结束比赛* [l]令牌/在线 [q]退出*",
        ]
    ),
])
func hostScreenShowsKeyPendingAnswerStandingsAndEveryKey(width: Int, expected: [String]) {
    #expect(texts(hostWithPresence().render(width: width, height: 30, now: 2_000_000)) == expected)
}

@Test(arguments: [
    (
        80,
        40,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                         主持人  ● 在线",
            "抢答题 · 进行中   倒计时 19 秒   可撤销 2 步",
            "────────────────────────────────────────────────────────────────────────────────",
            "题号 P1-010",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？",
            "  A. 政务数据共享 ✓",
            "  B. 电子证照 ✓",
            "  C. 要求群众提供更多纸质证明",
            "  D. 统一身份认证 ✓",
            "  E. 电子印章 ✓",
            "答案：ABDE",
            "解析：统一身份认证、电子证照、电子印章和数据共享是网上办事的基础支撑。",
            "待裁决：南湖队 答「BD」  按 + 判对 / - 判错",
            "抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms  3.白沙 Baisha 队 犯规",
            "  A队 Team 3 +2.5 改分：读错题号",
            "  南湖队 -10 答错",
            "令牌（按 l 收起）",
            "主持人      AH9FPHFBH4",
            "裁判 1号    24H2HUJS4P",
            "● 3 南湖队     HWN956WJHF",
            "○ 6 A队 Team 3 KHEPGUD523",
            "在线：队伍 1 · 裁判 1 · 大屏 1",
            "未连接：6号 1号 8号 2号",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "环节：1速答题 2抢答题 6加赛",
            "────────────────────────────────────────────────────────────────────────────────",
            "[s]开始环节 [n]出题 [N]指定题号 [a]开放抢答 [t]下一队 [+]判对 [-]判错",
            "[r]公布答案 [k]跳过 [b]代录 [p]暂停 [v]作废本题* [u]撤销* [c]改分* [e]结束环节*",
            "[T]加赛 [F]结束比赛* [l]令牌/在线 [q]退出*",
        ]
    ),
    (
        120,
        24,
        [
            "政务服务综合窗口办事员技能竞赛 · 团体决赛                                                                 主持人  ● 在线",
            "抢答题 · 进行中   倒计时 19 秒   可撤销 2 步",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "题号 P1-010                                                             │ 令牌（按 l 收起）",
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？                       │ 主持人      AH9FPHFBH4",
            "  A. 政务数据共享 ✓                                                     │ 裁判 1号    24H2HUJS4P",
            "  B. 电子证照 ✓                                                         │ ● 3 南湖队     HWN956WJHF",
            "  C. 要求群众提供更多纸质证明                                           │ ○ 6 A队 Team 3 KHEPGUD523",
            "  D. 统一身份认证 ✓                                                     │ 在线：队伍 1 · 裁判 1 · 大屏 1",
            "  E. 电子印章 ✓                                                         │ 未连接：6号 1号 8号 2号",
            "答案：ABDE                                                              │ ",
            "解析：统一身份认证、电子证照、电子印章和数据共享是网上办事的基础支撑。  │ ",
            "待裁决：南湖队 答「BD」  按 + 判对 / - 判错                             │ ",
            "抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms                      │ ",
            "  3.白沙 Baisha 队 犯规                                                 │ ",
            "  A队 Team 3 +2.5 改分：读错题号                                        │ ",
            "  南湖队 -10 答错                                                       │ ",
            "                                                                        │ ",
            "                                                                        │ ",
            "                                                                        │ ",
            "环节：1速答题 2抢答题 6加赛",
            "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
            "[s]开始环节 [n]出题 [N]指定题号 [a]开放抢答 [t]下一队 [+]判对 [-]判错 [r]公布答案 [k]跳过 [b]代录 [p]暂停 [v]作废本题*",
            "[u]撤销* [c]改分* [e]结束环节* [T]加赛 [F]结束比赛* [l]令牌/在线 [q]退出*",
        ]
    ),
])
func hostScreenListsTokensAndWhoIsOnline(width: Int, height: Int, expected: [String]) {
    var host = hostWithPresence()
    #expect(host.press(.character("l"), now: 2_000_000) == [])
    #expect(texts(host.render(width: width, height: height, now: 2_000_000)) == expected)
    _ = host.press(.character("l"), now: 2_000_000)
    #expect(!host.render(width: width, height: height, now: 2_000_000).contains { $0.plainText.contains("令牌（按 l 收起）") })
}

@Test func hostScreenShowsTheFormBeingFilled() {
    var host = hostWithPresence()
    _ = host.type([.character("c"), .character("3"), .enter, .character("-"), .character("2")])
    let dialogue = host.render(width: 80, height: 30, now: 2_000_000)[25]
    #expect(dialogue.plainText == "改分 › 加减分（如 -2.5）：-2▏  回车确定 Esc 取消")
    #expect(dialogue.spans.first == Span("改分 › 加减分（如 -2.5）：", style: Theme.alert))
}

@Test func hostScreenKeepsItsStyles() {
    let lines = hostWithPresence().render(width: 120, height: 30, now: 2_000_000)
    #expect(lines[5].spans[2] == Span(" │ ", style: Theme.dim))
    #expect(lines[4].spans.last == Span("▶ 第1名    南湖队                120", style: Theme.highlight))
    #expect(
        Palette.ansi.render(lines[12])
            == "\u{1B}[1;33m待裁决：南湖队 答「BD」  按 + 判对 / - 判错\u{1B}[0m" + String(repeating: " ", count: 28)
            + "\u{1B}[2m │ \u{1B}[0m")
}

@Test(arguments: 40...160)
func hostAndJudgeScreensFitEveryWidth(width: Int) {
    var tokens = hostWithPresence()
    _ = tokens.press(.character("l"), now: 2_000_000)
    for (console, height) in [(hostWithPresence(), 30), (tokens, 24), (HostConsole.joined(.judge), 26), (tokens, 5)] {
        let lines = console.render(width: width, height: height, now: 2_000_000)
        #expect(lines.count == height)
        for line in lines { #expect(line.width <= width) }
    }
}
