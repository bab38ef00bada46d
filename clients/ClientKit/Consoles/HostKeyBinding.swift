import ContestCore

/// One key of the host or judge console: what it is labelled and what it does.
public struct HostKeyBinding: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        case command(ContestCore.Action)
        case form(HostForm.Kind)
        case toggleTokens
        case quit
    }

    public var key: String
    public var label: String
    public var action: Action
    /// Destructive or hard to take back: asks for `y` first.
    public var confirm: Bool

    init(_ key: String, _ label: String, _ action: Action, confirm: Bool = false) {
        (self.key, self.label, self.action, self.confirm) = (key, label, action, confirm)
    }

    /// Every key of the role, in the order the help lists them.
    public static func all(role: HostConsole.Role, paused: Bool) -> [HostKeyBinding] {
        let rulings = [
            HostKeyBinding("+", "判对", .command(.rule(.correct))),
            HostKeyBinding("-", "判错", .command(.rule(.wrong))),
        ]
        guard role == .host else {
            return rulings + [
                HostKeyBinding("g", "论述评分", .form(.essayScore)), HostKeyBinding("q", "退出", .quit, confirm: true),
            ]
        }
        return [
            HostKeyBinding("s", "开始环节", .form(.startSegment)),
            HostKeyBinding("n", "出题", .command(.showQuestion(id: nil))),
            HostKeyBinding("N", "指定题号", .form(.showQuestion)),
            HostKeyBinding("a", "开放抢答", .command(.armBuzzers)),
            HostKeyBinding("t", "下一队", .command(.nextTurn)),
        ] + rulings + [
            HostKeyBinding("r", "公布答案", .command(.revealAnswer)),
            HostKeyBinding("k", "跳过", .command(.skip)),
            HostKeyBinding("b", "代录", .form(.onBehalf)),
            HostKeyBinding("p", paused ? "继续" : "暂停", .command(paused ? .resume : .pause)),
            HostKeyBinding("v", "作废本题", .command(.void), confirm: true),
            HostKeyBinding("u", "撤销", .command(.undo), confirm: true),
            HostKeyBinding("c", "改分", .form(.correction), confirm: true),
            HostKeyBinding("e", "结束环节", .command(.endSegment), confirm: true),
            HostKeyBinding("T", "加赛", .form(.tieBreak)),
            HostKeyBinding("F", "结束比赛", .command(.finishContest), confirm: true),
            HostKeyBinding("l", "令牌/在线", .toggleTokens),
            HostKeyBinding("q", "退出", .quit, confirm: true),
        ]
    }

    /// The help entry: `*` marks keys that ask for confirmation.
    public var helpItem: KeyHelp.Item { KeyHelp.Item(key, label + (confirm ? "*" : "")) }
}
