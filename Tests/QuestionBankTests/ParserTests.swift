import Testing

@testable import QuestionBank

func cells(_ text: String) -> [[String]] {
    var collector = DiagnosticCollector(file: "t.csv", source: SourceText(Array(text.utf8)))
    let bytes = Array(text.utf8)
    let records = CSVParser.parse(bytes, delimiter: CSVParser.detectDelimiter(in: bytes), collector: &collector)
    return records.map { $0.cells.map(\.text) }
}

@Test(arguments: [
    ("a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]),
    ("a,b\nc,d", [["a", "b"], ["c", "d"]]),
    ("a,b\rc,d\r", [["a", "b"], ["c", "d"]]),
    ("\"a,1\",\"say \"\"hi\"\"\"\n", [["a,1", "say \"hi\""]]),
    ("\"line 1\r\nline 2\",x\r\n", [["line 1\r\nline 2", "x"]]),
    ("a\tb,c\td\n", [["a", "b,c", "d"]]),
    (",,\n", [["", "", ""]]),
    ("\"\",x\n", [["", "x"]]),
])
func csvCellsAreSplitAsExcelWritesThem(text: String, expected: [[String]]) {
    #expect(cells(text) == expected)
}

@Test func blankRowsBetweenQuestionsAreSkipped() {
    let result = load(csv(header, ",,,,,,,,,", "Q1,单选,题干？,甲,乙,丙,丁,B,c,1", "", "Q2,判断,题干。,,,,,对,c,1"), file: "b.csv")
    #expect(pins(result) == [])
    #expect(result.bank.questions.map(\.id) == ["Q1", "Q2"])
}

@Test func banksWithoutAnIDColumnAreNumberedInRowOrder() {
    let result = load(csv("题型,题干,答案,难度", "判断,甲。,对,1", "判断,乙。,错,1"), file: "b.csv")
    #expect(result.bank.questions.map(\.id) == ["Q0001", "Q0002"])
}

@Test(arguments: [
    ("a\nbc\r\nd\re", 0, SourcePosition(line: 1, column: 1)), ("a\nbc\r\nd\re", 3, SourcePosition(line: 2, column: 2)),
    ("a\nbc\r\nd\re", 6, SourcePosition(line: 3, column: 1)), ("a\nbc\r\nd\re", 8, SourcePosition(line: 4, column: 1)),
    ("题干x", 6, SourcePosition(line: 1, column: 3)),
])
func positionsCountLinesAndCharacters(text: String, offset: Int, expected: SourcePosition) {
    #expect(SourceText(Array(text.utf8)).position(at: offset) == expected)
}

@Test func titleRowsAboveTheHeaderAreSkipped() {
    let result = load(csv("政务服务题库（2024 年版）,,,,,,,,,", "制表：某县政务服务中心", header, "Q1,单选,题干？,甲,乙,丙,丁,E,c,1"), file: "b.csv")
    #expect(pins(result) == ["b.csv:4:19: answer-not-in-options"])
}

@Test func withoutAHeaderTheFirstRowIsReportedAsOne() {
    let result = load(csv("Q1,单选,题干？,甲,乙,丙,丁,B,c,1", "Q2,单选,题干？,甲,乙,丙,丁,B,c,1"), file: "b.csv")
    #expect(
        pins(result).filter { $0.hasSuffix("missing-column") } == [
            "b.csv:1:1: missing-column", "b.csv:1:1: missing-column", "b.csv:1:1: missing-column",
        ])
}

/// A deterministic generator, so a failing mutation can be reproduced from its number.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}

@Test(arguments: ["b.json", "b.csv"])
func damagedBanksAreReportedNeverCrash(file: String) {
    let valid = file.hasSuffix(".json") ? JSONBankWriter.write(load(organiserCSV, file: "o.csv").bank) : organiserCSV
    let original = Array(valid.utf8)
    var generator = SeededGenerator(state: 42)
    for _ in 0..<300 {
        var bytes = original
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let index = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
            case 1: bytes.remove(at: index)
            default: bytes.removeSubrange(index...)
            }
            if bytes.isEmpty { break }
        }
        let result = BankLoader.load(bytes: bytes, file: file)
        #expect(result.diagnostics.allSatisfy { $0.position != nil })
        let rewritten = BankLoader.load(bytes: Array(JSONBankWriter.write(result.bank).utf8), file: "again.json")
        #expect(rewritten.isValid, "questions that loaded must form a valid bank")
        #expect(rewritten.bank.questions == result.bank.questions)
    }
}
