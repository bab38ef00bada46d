import ContestCore
import Foundation
import Testing

@testable import QuestionBank

@Test func demoBankSurvivesARoundTripThroughThePaperLayout() throws {
    let json = BankLoader.load(path: repositoryRoot + "/question-banks/demo.json")
    let text = PaperBankWriter.text(json.bank)
    let back = BankLoader.load(bytes: Array(text.utf8), file: "demo.paper.txt", format: .paper)
    #expect(pins(back) == [])
    #expect(back.bank.title == json.bank.title)
    let byID = Dictionary(uniqueKeysWithValues: back.bank.questions.map { ($0.id, $0) })
    for question in json.bank.questions {
        #expect(byID[question.id] == question)
    }
    #expect(back.bank.questions.count == json.bank.questions.count)
    #expect(PaperBankWriter.text(back.bank) == text)
}

/// A page as a 命题组 sends it: title, two sections, options on one and several lines, answers
/// inline and in a key at the end, an explanation over two lines.
let samplePaper = paperText(
    "2024年政务服务综合窗口办事员技能竞赛题库", "一、单选题（每题2分，共2题）", "1．“一网通办”中的“网”主要指（ ）。",
    "A．政务服务网  B．局域网  C．广播网  D．有线电视网", "答案：A", "解析：一网通办依托全国一体化政务服务平台，", "群众办事只需登录一个平台。",
    "2．首问负责制要求首问人员（ ）。", "A．推诿", "B．一次告知", "C．随意答复", "D．拒绝", "- 1 -", "二、判断题", "1．窗口人员可以因材料不齐拒绝接受咨询。（ × ）",
    "2．材料不齐也应当一次性告知。", "参考答案", "一、单选题", "2.B", "二、判断题", "2.√")

@Test func theSamplePaperLoadsWithoutProblemsOtherThanTheMissingDifficulty() {
    let result = BankLoader.load(bytes: Array(samplePaper.utf8), file: "sample.txt")
    #expect(result.format == .paper)
    #expect(pins(result) == ["sample.txt:3:1: missing-difficulty"])
    #expect(result.bank.title == "2024年政务服务综合窗口办事员技能竞赛题库")
    #expect(result.bank.questions.map(\.id) == ["S-001", "S-002", "TF-001", "TF-002"])
    #expect(result.bank.questions.map(\.answer) == [.choices([0]), .choices([1]), .truth(false), .truth(true)])
    #expect(result.bank.questions.map(\.points) == [2, 2, nil, nil])
    #expect(result.bank.questions[0].explanation == "一网通办依托全国一体化政务服务平台，\n群众办事只需登录一个平台。")
    #expect(result.bank.questions[2].stem == "窗口人员可以因材料不齐拒绝接受咨询。（  ）")
}

@Test(arguments: [("GB18030", TextEncoding.gb18030), ("UTF-16LE", .utf16LittleEndian)])
func aPaperInGB18030OrUTF16ReadsLikeItsUTF8Copy(encoding: String, expected: TextEncoding) {
    let utf8 = BankLoader.load(bytes: Array(samplePaper.utf8), file: "sample.txt")
    let bytes =
        encoding == "GB18030" ? encode(samplePaper, as: encoding) : [0xFF, 0xFE] + encode(samplePaper, as: encoding)
    let other = BankLoader.load(bytes: bytes, file: "sample.txt")
    #expect(other.encoding == expected)
    #expect(other.bank == utf8.bank)
    #expect(pins(other) == pins(utf8))
}

@Test func aTextFileWithATabSeparatedHeaderStaysTSV() {
    let text = "2024 题库\r\n题型\t题干\t答案\t难度\r\n判断\t窗口应当一次性告知。\t对\t1\r\n"
    let result = BankLoader.load(bytes: Array(text.utf8), file: "bank.txt")
    #expect(result.format == .tsv)
    #expect(pins(result) == [])
}

@Test func convertWritesAPaperForDotPaperDotTxtAndTSVForDotTxt() throws {
    let folder = temporaryDirectory()
    let source = repositoryRoot + "/question-banks/demo.json"
    let paperFile = folder + "/demo.paper.txt"
    #expect(BankTool.run(["convert", source, paperFile]).exitCode == 0)
    let bytes = try #require(FileManager.default.contents(atPath: paperFile))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let back = BankLoader.load(path: paperFile)
    #expect(back.format == .paper && pins(back) == [])
    #expect(back.bank.questions.count == BankLoader.load(path: source).bank.questions.count)
    let tsvFile = folder + "/demo.txt"
    #expect(BankTool.run(["convert", source, tsvFile]).exitCode == 0)
    #expect(BankLoader.load(path: tsvFile).format == .tsv)
    #expect(BankTool.run(["check", paperFile, tsvFile]).exitCode == 0)
}

@Test func theDocumentedSamplePageLoadsAsItsTableSays() throws {
    let text = try String(contentsOfFile: repositoryRoot + "/docs/question-bank.md", encoding: .utf8)
    let start = try #require(text.range(of: "```paper\n"))
    let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
    let result = BankLoader.load(bytes: Array(text[start.upperBound..<end.lowerBound].utf8), file: "doc.txt")
    #expect(pins(result) == ["doc.txt:3:1: missing-difficulty"])
    #expect(result.bank.title == "2024年政务服务综合窗口办事员技能竞赛题库")
    #expect(
        result.bank.questions.map(\.answer) == [
            .choices([0]), .choices([1]), .truth(false), .truth(true), .accepted(["一窗；限时", "一门；限时"]),
        ])
    #expect(result.bank.questions.map(\.points) == [2, 2, 1, 1, nil])
}
