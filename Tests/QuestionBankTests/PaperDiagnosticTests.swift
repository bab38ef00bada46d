import Testing

@testable import QuestionBank

/// A paper-layout bank from its lines, joined with LF, for the diagnostic tables.
func paperText(_ lines: String...) -> String {
    lines.joined(separator: "\n") + "\n"
}

let paperCases: [DiagnosticCase] = [
    DiagnosticCase(
        name: "answer beyond the options, at the answer", file: "p.paper.txt",
        text: paperText("一、单选题", "1．题干？", "A．甲 B．乙 C．丙 D．丁", "答案：E", "难度：易"),
        expected: ["p.paper.txt:4:4: answer-not-in-options"]),
    DiagnosticCase(
        name: "key answer beyond the options, at the key", file: "p.paper.txt",
        text: paperText("一、单选题", "1．题干？", "A．甲 B．乙 C．丙 D．丁", "难度：易", "参考答案：", "1.E"),
        expected: ["p.paper.txt:6:3: answer-not-in-options"]),
    DiagnosticCase(
        name: "question without an answer, at its number", file: "p.paper.txt",
        text: paperText("一、单选题", "1．题干？", "A．甲 B．乙", "难度：易"), expected: ["p.paper.txt:2:1: missing-answer"]),
    DiagnosticCase(
        name: "options after the answer", file: "p.paper.txt",
        text: paperText("一、单选题", "1．题干？", "答案：A", "A．甲 B．乙", "难度：易"),
        expected: ["p.paper.txt:4:3: options-after-answer"]),
    DiagnosticCase(
        name: "option letters out of order", file: "p.paper.txt",
        text: paperText("一、单选题", "1．题干？", "A．甲", "C．丙", "答案：A", "难度：易"),
        expected: ["p.paper.txt:4:3: option-out-of-order"]),
    DiagnosticCase(
        name: "key entry for a question that does not exist", file: "p.paper.txt",
        text: paperText("一、判断题", "1．甲。", "难度：易", "参考答案", "1.√ 2.×"),
        expected: ["p.paper.txt:5:7: key-without-question"]),
    DiagnosticCase(
        name: "range of the key with too few answers", file: "p.paper.txt",
        text: paperText("一、判断题", "1．甲。", "难度：易", "2．乙。", "难度：易", "参考答案", "1-2 √"),
        expected: [
            "p.paper.txt:2:1: missing-answer", "p.paper.txt:4:1: missing-answer", "p.paper.txt:7:5: key-count-mismatch",
        ]),
    DiagnosticCase(
        name: "answer given twice", file: "p.paper.txt",
        text: paperText("一、判断题", "1．甲。", "答案：对", "答案：错", "难度：易"), expected: ["p.paper.txt:4:4: answer-conflict"]),
    DiagnosticCase(
        name: "fewer fill-in answers than blanks", file: "p.paper.txt",
        text: paperText("一、填空题", "1．（ ）受理、（ ）办结。", "答案：一窗", "难度：易"),
        expected: ["p.paper.txt:3:4: fill-blank-count"]),
    DiagnosticCase(
        name: "too many combinations of synonyms", file: "p.paper.txt",
        text: paperText("一、填空题", "1．（ ）（ ）（ ）（ ）（ ）。", "答案：a/b｜c/d｜e/f｜g/h｜i/j", "难度：易"),
        expected: ["p.paper.txt:3:4: too-many-fill-combinations"]),
    DiagnosticCase(
        name: "question number out of sequence", file: "p.paper.txt",
        text: paperText("一、判断题", "1．甲。", "答案：对", "难度：易", "3．乙。", "答案：错", "难度：易"),
        expected: ["p.paper.txt:5:1: unexpected-item-number"]),
    DiagnosticCase(
        name: "note that is no question", file: "p.paper.txt",
        text: paperText("题库", "（本题库共330题）", "一、判断题", "1．甲。", "答案：对", "难度：易"),
        expected: ["p.paper.txt:2:1: ignored-text"]),
    DiagnosticCase(
        name: "type inferred without a heading", file: "p.paper.txt", text: paperText("1．甲。", "答案：对", "难度：易"),
        expected: ["p.paper.txt:1:1: type-inferred"]),
    DiagnosticCase(
        name: "points per question that are no whole number", file: "p.paper.txt",
        text: paperText("一、判断题（每题0.5分）", "1．甲。", "答案：对", "难度：易"), expected: ["p.paper.txt:1:9: bad-points"]),
    DiagnosticCase(
        name: "no difficulty anywhere, reported once", file: "p.paper.txt",
        text: paperText("一、判断题", "1．甲。", "答案：对", "2．乙。", "答案：错"), expected: ["p.paper.txt:2:1: missing-difficulty"]),
    DiagnosticCase(
        name: "true/false answer not recognised", file: "p.paper.txt",
        text: paperText("一、判断题", "1．甲。", "答案：也许", "难度：易"), expected: ["p.paper.txt:3:4: bad-truefalse-answer"]),
    DiagnosticCase(
        name: "options on a true/false question", file: "p.paper.txt",
        text: paperText("一、判断题", "1．甲。", "A．对 B．错", "答案：对", "难度：易"),
        expected: ["p.paper.txt:3:3: options-not-allowed"]),
    DiagnosticCase(
        name: "same id marker twice", file: "p.paper.txt",
        text: paperText("一、判断题", "1．甲。", "答案：对", "难度：易", "【编号】T1", "2．乙。", "答案：错", "难度：易", "【编号】T1"),
        expected: ["p.paper.txt:9:5: duplicate-id"]),
    DiagnosticCase(
        name: "fill-in stem without a blank", file: "p.paper.txt", text: paperText("一、填空题", "1．甲。", "答案：乙", "难度：易"),
        expected: ["p.paper.txt:2:3: fill-without-blank"]),
]

@Test(arguments: paperCases)
func paperProblemsArePinnedToFileLineAndColumn(testCase: DiagnosticCase) {
    let result = BankLoader.load(bytes: Array(testCase.text.utf8), file: testCase.file)
    #expect(result.format == .paper)
    #expect(pins(result) == testCase.expected)
}

@Test func aWrongKeyIsReportedInEnglishAtItsLineAndColumn() {
    let result = BankLoader.load(bytes: Array(paperCases[1].text.utf8), file: "bank.txt")
    #expect(
        result.diagnostics.map { $0.formatted(.english) } == [
            "bank.txt:6:3: error: answer E is not among the options (A–D only) [answer-not-in-options]"
        ])
}
