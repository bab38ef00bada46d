import ClientKit
import ContestCore
import ContestProtocol
import Testing

private let items = [
    KeyHelp.Item("空格/回车", "抢答·提交"), KeyHelp.Item("A-H", "选择"), KeyHelp.Item("T/F", "对/错"), KeyHelp.Item("Tab", "跳过"),
    KeyHelp.Item("Esc", "清除"), KeyHelp.Item("Ctrl-C×2", "退出"),
]

@Test(arguments: [
    (20, ["[空格/回车]抢答·提交", "[A-H]选择 [T/F]对/错", "[Tab]跳过 [Esc]清除", "[Ctrl-C×2]退出"]),
    (40, ["[空格/回车]抢答·提交 [A-H]选择", "[T/F]对/错 [Tab]跳过 [Esc]清除", "[Ctrl-C×2]退出"]),
    (60, ["[空格/回车]抢答·提交 [A-H]选择 [T/F]对/错 [Tab]跳过", "[Esc]清除 [Ctrl-C×2]退出"]),
    (80, ["[空格/回车]抢答·提交 [A-H]选择 [T/F]对/错 [Tab]跳过 [Esc]清除 [Ctrl-C×2]退出"]),
    (12, ["[空格/回车]…", "[A-H]选择", "[T/F]对/错", "[Tab]跳过", "[Esc]清除", "[Ctrl-C×2]…"]),
])
func keyHelpFlowsEveryKeyOverTheLinesItNeeds(width: Int, expected: [String]) {
    let lines = KeyHelp.lines(items, width: width)
    #expect(lines.map(\.plainText) == expected)
}

@Test func keyHelpColoursTheKeysOnly() {
    let line = KeyHelp.lines([KeyHelp.Item("v", "作废本题*"), KeyHelp.Item("q", "退出")], width: 40)[0]
    #expect(line.spans == [Span("[v]", style: Theme.key), Span("作废本题* "), Span("[q]", style: Theme.key), Span("退出")])
    #expect(KeyHelp.lines([], width: 40) == [])
}
