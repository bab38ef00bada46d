import Testing

@testable import QuestionBank

/// One 选项 column holding all the options, as Word tables and some templates have it.
@Test(arguments: [
    ("A.对 B.错 C.不一定", ["对", "错", "不一定"]),
    ("A．政务服务网\nB．局域网\nC．广播网", ["政务服务网", "局域网", "广播网"]),
    ("A．政务服务网\r\nB．局域网", ["政务服务网", "局域网"]),
    ("A．一网\n通办\nB．局域网", ["一网\n通办", "局域网"]),
    ("政务服务网\n局域网\n广播网", ["政务服务网", "局域网", "广播网"]),
])
func aCombinedOptionsCellIsSplitIntoOptions(cell: String, expected: [String]) {
    let result = load(csv("题型,题干,选项,答案,难度", "单选,题干？（ ）,\"\(cell)\",B,1"), file: "b.csv")
    #expect(result.bank.questions.first?.options == expected, "\(result.diagnostics.map { $0.formatted() })")
}

/// A wrong letter in the cell is reported at its own line of the cell.
@Test func aProblemInsideACombinedCellPointsAtItsLine() {
    let result = load(csv("题型,题干,选项,答案,难度", "单选,题干？,\"A．甲\nB．\",A,1"), file: "b.csv")
    #expect(pins(result) == ["b.csv:3:3: empty-option"])
}
