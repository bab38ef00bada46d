import Testing

@testable import QuestionBank

/// One bank file and the diagnostics it must produce, each pinned as `file:line:column: code`.
struct DiagnosticCase: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    var text: String
    var expected: [String]

    var testDescription: String { name }
}

let csvCases: [DiagnosticCase] = [
    DiagnosticCase(
        name: "unknown type", file: "b.csv", text: csv(header, "Q1,选择,题干？,甲,乙,丙,丁,B,c,1"),
        expected: ["b.csv:2:4: unknown-type"]),
    DiagnosticCase(
        name: "missing type", file: "b.csv", text: csv(header, "Q1,,题干？,甲,乙,丙,丁,B,c,1"),
        expected: ["b.csv:2:4: missing-type"]),
    DiagnosticCase(
        name: "missing stem", file: "b.csv", text: csv(header, "Q1,单选,,甲,乙,丙,丁,B,c,1"),
        expected: ["b.csv:2:7: missing-stem"]),
    DiagnosticCase(
        name: "answer not among the options", file: "b.csv", text: csv(header, "Q1,单选,题干？,甲,乙,丙,丁,E,c,1"),
        expected: ["b.csv:2:19: answer-not-in-options"]),
    DiagnosticCase(
        name: "single choice with several answers", file: "b.csv",
        text: csv(header, "Q1,单选,题干？,甲,乙,丙,丁,AB,c,1"), expected: ["b.csv:2:19: several-answers-for-single"]),
    DiagnosticCase(
        name: "answer that is not letters", file: "b.csv", text: csv(header, "Q1,单选,题干？,甲,乙,丙,丁,甲,c,1"),
        expected: ["b.csv:2:19: bad-choice-answer"]),
    DiagnosticCase(
        name: "missing answer", file: "b.csv", text: csv(header, "Q1,单选,题干？,甲,乙,丙,丁,,c,1"),
        expected: ["b.csv:2:19: missing-answer"]),
    DiagnosticCase(
        name: "multiple choice with one answer", file: "b.csv", text: csv(header, "Q1,多选,题干？,甲,乙,丙,丁,C,c,1"),
        expected: ["b.csv:2:19: one-answer-for-multiple"]),
    DiagnosticCase(
        name: "repeated answer letter", file: "b.csv", text: csv(header, "Q1,多选,题干？,甲,乙,丙,丁,AAB,c,1"),
        expected: ["b.csv:2:19: repeated-answer-letter"]),
    DiagnosticCase(
        name: "duplicate id", file: "b.csv",
        text: csv(header, "Q1,单选,题干一？,甲,乙,丙,丁,B,c,1", "Q1,单选,题干二？,甲,乙,丙,丁,B,c,1"),
        expected: ["b.csv:3:1: duplicate-id"]),
    DiagnosticCase(
        name: "duplicate stem", file: "b.csv",
        text: csv(header, "Q1,单选,题干？,甲,乙,丙,丁,B,c,1", "Q2,单选,题干？,甲,乙,丙,丁,B,c,1"),
        expected: ["b.csv:3:7: duplicate-stem"]),
    DiagnosticCase(
        name: "missing id in an id column", file: "b.csv", text: csv(header, ",单选,题干？,甲,乙,丙,丁,B,c,1"),
        expected: ["b.csv:2:1: missing-id"]),
    DiagnosticCase(
        name: "empty option", file: "b.csv", text: csv(header, "Q1,单选,题干？,甲,,丙,丁,B,c,1"),
        expected: ["b.csv:2:13: empty-option"]),
    DiagnosticCase(
        name: "duplicate option", file: "b.csv", text: csv(header, "Q1,单选,题干？,甲,甲,丙,丁,C,c,1"),
        expected: ["b.csv:2:13: duplicate-option"]),
    DiagnosticCase(
        name: "too few options", file: "b.csv", text: csv(header, "Q1,单选,题干？,甲,,,,A,c,1"),
        expected: ["b.csv:2:11: too-few-options"]),
    DiagnosticCase(
        name: "options on a true/false question", file: "b.csv", text: csv(header, "Q1,判断,题干。,对,错,,,对,c,1"),
        expected: ["b.csv:2:11: options-not-allowed"]),
    DiagnosticCase(
        name: "unrecognised true/false answer", file: "b.csv", text: csv(header, "Q1,判断,题干。,,,,,也许,c,1"),
        expected: ["b.csv:2:15: bad-truefalse-answer"]),
    DiagnosticCase(
        name: "empty accepted fill-in answer", file: "b.csv", text: csv(header, "Q1,填空,题干（  ）。,,,,,a||b,c,1"),
        expected: ["b.csv:2:19: empty-fill-answer"]),
    DiagnosticCase(
        name: "fill-in stem without a blank", file: "b.csv", text: csv(header, "Q1,填空,题干。,,,,,a,c,1"),
        expected: ["b.csv:2:7: fill-without-blank"]),
    DiagnosticCase(
        name: "short answer without a reference", file: "b.csv", text: csv(header, "Q1,简答,题干？,,,,,,c,1"),
        expected: ["b.csv:2:15: missing-reference"]),
    DiagnosticCase(
        name: "difficulty out of range", file: "b.csv", text: csv(header, "Q1,单选,题干？,甲,乙,丙,丁,B,c,4"),
        expected: ["b.csv:2:23: bad-difficulty"]),
    DiagnosticCase(
        name: "empty difficulty cell", file: "b.csv", text: csv(header, "Q1,单选,题干？,甲,乙,丙,丁,B,c,"),
        expected: ["b.csv:2:23: missing-difficulty"]),
    DiagnosticCase(
        name: "no difficulty column, reported once", file: "b.csv",
        text: csv("题型,题干,选项A,选项B,答案", "单选,题干一？,甲,乙,A", "单选,题干二？,甲,乙,B"),
        expected: ["b.csv:1:1: missing-difficulty"]),
    DiagnosticCase(
        name: "points not a positive number", file: "b.csv",
        text: csv(header + ",分值", "Q1,单选,题干？,甲,乙,丙,丁,B,c,1,-5"), expected: ["b.csv:2:25: bad-points"]),
    DiagnosticCase(
        name: "unknown column", file: "b.csv", text: csv(header + ",备注", "Q1,单选,题干？,甲,乙,丙,丁,B,c,1,x"),
        expected: ["b.csv:1:35: unknown-column"]),
    DiagnosticCase(
        name: "duplicate column", file: "b.csv", text: csv(header + ",题干", "Q1,单选,题干？,甲,乙,丙,丁,B,c,1,x"),
        expected: ["b.csv:1:35: duplicate-column"]),
    DiagnosticCase(
        name: "missing answer column", file: "b.csv", text: csv("题型,题干,选项A,选项B,难度", "单选,题干？,甲,乙,1"),
        expected: ["b.csv:1:1: missing-column"]),
    DiagnosticCase(
        name: "cells beyond the header", file: "b.csv", text: csv(header, "Q1,单选,题干？,甲,乙,丙,丁,B,c,1,多余,更多"),
        expected: ["b.csv:2:25: extra-cells"]),
    DiagnosticCase(
        name: "quote never closed", file: "b.csv", text: csv(header, "Q1,单选,\"题干？,甲,乙,丙,丁,B,c,1"),
        expected: ["b.csv:2:7: unterminated-quote"]),
    DiagnosticCase(
        name: "text after a closing quote", file: "b.csv", text: csv(header, "Q1,单选,\"题干\"？,甲,乙,丙,丁,B,c,1"),
        expected: ["b.csv:2:11: text-after-quote"]),
    DiagnosticCase(
        name: "row after a multi-line cell keeps its own line", file: "b.csv",
        text: csv(header, "Q1,单选,\"第一行\n第二行\",甲,乙,丙,丁,B,c,1", "Q2,单选,题干？,甲,乙,丙,丁,E,c,1"),
        expected: ["b.csv:4:19: answer-not-in-options"]),
    DiagnosticCase(
        name: "every problem of a row in one run", file: "b.csv", text: csv(header, "Q1,单选,,甲,,丙,丁,AE,c,9"),
        expected: [
            "b.csv:2:7: missing-stem", "b.csv:2:10: empty-option", "b.csv:2:15: answer-not-in-options",
            "b.csv:2:15: several-answers-for-single", "b.csv:2:20: bad-difficulty",
        ]),
    DiagnosticCase(name: "empty file", file: "b.csv", text: "", expected: ["b.csv:1:1: empty-file"]),
    DiagnosticCase(name: "header only", file: "b.csv", text: csv(header), expected: ["b.csv:1:1: no-questions"]),
]

@Test(arguments: csvCases)
func csvProblemsArePinnedToFileLineAndColumn(testCase: DiagnosticCase) {
    #expect(pins(load(testCase.text, file: testCase.file)) == testCase.expected)
}

@Test func aRowWithAnErrorIsLeftOutAndTheRestLoad() {
    let result = load(csv(header, "Q1,单选,题干一？,甲,乙,丙,丁,E,c,1", "Q2,单选,题干二？,甲,乙,丙,丁,B,c,1"), file: "b.csv")
    #expect(result.bank.questions.map(\.id) == ["Q2"])
    #expect(!result.isValid)
}

@Test func aRowWithOnlyWarningsIsKept() {
    let result = load(csv(header, "Q1,多选,题干？,甲,乙,丙,丁,C,c,1"), file: "b.csv")
    #expect(result.bank.questions.map(\.id) == ["Q1"])
    #expect(result.isValid && result.warningCount == 1)
}
