import ClientKit
import ContestCore
import ContestProtocol
import Testing

private let explanation = "《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》要求 1 个工作日内答复。"

@Test(arguments: [
    (
        40,
        [
            "[多选题] 实现“一网通办”通常需要下列哪些",
            "         基础支撑？",
            "  A. 政务数据共享",
            "▶ B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "▶ D. 统一身份认证",
            "  E. 电子印章",
        ]
    ),
    (
        80,
        [
            "[多选题] 实现“一网通办”通常需要下列哪些基础支撑？",
            "  A. 政务数据共享",
            "▶ B. 电子证照",
            "  C. 要求群众提供更多纸质证明",
            "▶ D. 统一身份认证",
            "  E. 电子印章",
        ]
    ),
])
func questionShowsTypeStemAndMarksTheSelectedOptions(width: Int, expected: [String]) {
    let lines = QuestionPanel.lines(Fixtures.multiple, width: width, selected: [1, 3])
    #expect(lines.map(\.plainText) == expected)
}

@Test(arguments: [
    (
        40,
        [
            "[单选题] 根据《政务服务便民热线》规定，",
            "         12345 热线应当提供 7×24 小时全",
            "         天候人工服务，对企业和群众的",
            "         hotline 诉求，一般应当在几个工",
            "         作日内办结？",
            "  A. 1 个工作日",
            "  B. 3 个工作日",
            "  C. 5 个工作日 ✓",
            "  D. 15 个工作日 (fifteen working days,",
            "     the statutory maximum)",
            "答案：C",
            "解析：《国务院办公厅关于进一步优化地方政",
            "务服务便民热线的指导意见》要求 1 个工作",
            "日内答复。",
        ]
    ),
    (
        80,
        [
            "[单选题] 根据《政务服务便民热线》规定，12345 热线应当提供 7×24 小时全天候人工服",
            "         务，对企业和群众的 hotline 诉求，一般应当在几个工作日内办结？",
            "  A. 1 个工作日",
            "  B. 3 个工作日",
            "  C. 5 个工作日 ✓",
            "  D. 15 个工作日 (fifteen working days, the statutory maximum)",
            "答案：C",
            "解析：《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》要求 1 个工作",
            "日内答复。",
        ]
    ),
    (
        120,
        [
            "[单选题] 根据《政务服务便民热线》规定，12345 热线应当提供 7×24 小时全天候人工服务，对企业和群众的 hotline 诉求，一般应当",
            "         在几个工作日内办结？",
            "  A. 1 个工作日",
            "  B. 3 个工作日",
            "  C. 5 个工作日 ✓",
            "  D. 15 个工作日 (fifteen working days, the statutory maximum)",
            "答案：C",
            "解析：《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》要求 1 个工作日内答复。",
        ]
    ),
])
func questionWrapsALongMixedStemUnderItsLabelAndTicksTheAnswer(width: Int, expected: [String]) {
    let lines = QuestionPanel.lines(Fixtures.longStem, width: width, answer: "C", explanation: explanation)
    #expect(lines.map(\.plainText) == expected)
    for line in lines { #expect(line.width <= width) }
}

@Test func questionWithoutOptionsOrAnswerIsJustTheStem() {
    #expect(
        QuestionPanel.lines(Fixtures.truefalse, width: 40).map(\.plainText) == [
            "[判断题] “最多跑一次”是指群众办事最多只", "         需跑一次。",
        ])
    #expect(
        QuestionPanel.lines(Fixtures.truefalse, width: 12).map(\.plainText).prefix(2) == ["[判断题] “最", "         多"])
    #expect(QuestionPanel.lines(Fixtures.truefalse, width: 40, explanation: "").count == 2)
}

@Test func questionStylesSelectionAnswerAndExplanation() {
    let lines = QuestionPanel.lines(Fixtures.multiple, width: 80, selected: [1, 3], answer: "AB", explanation: "见《条例》")
    #expect(
        lines[0].spans == [Span("[多选题] ", style: Theme.heading), Span("实现“一网通办”通常需要下列哪些基础支撑？", style: Theme.title)])
    #expect(lines[1] == Line("  A. 政务数据共享 ✓", style: Theme.answer))
    #expect(lines[2] == Line("▶ B. 电子证照 ✓", style: Theme.answer))
    #expect(lines[4] == Line("▶ D. 统一身份认证", style: Theme.highlight))
    #expect(lines[5] == Line("  E. 电子印章"))
    #expect(lines[6] == Line("答案：AB", style: Theme.answer))
    #expect(lines[7] == Line("解析：见《条例》", style: Theme.dim))
    #expect(Palette.ansi.render(lines[4]) == "\u{1B}[1;30;43m▶ D. 统一身份认证\u{1B}[0m")
}
