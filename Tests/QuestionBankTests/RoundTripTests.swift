import ContestCore
import Foundation
import Testing

@testable import QuestionBank

/// A bank as an organiser types it: mixed answer spellings, quoted cells, a multi-line essay, points.
let organiserCSV = csv(
    "题号,题型,题干,选项A,选项B,选项C,选项D,选项E,答案,分类,难度,分值,解析,来源",
    "1,单选题,\"“一网通办”中的“网”指什么？\",政务服务网,局域网,广播网,有线电视网,,A,一网通办,易,,\"网上办,掌上办\",原创",
    "2,多选题,以下属于首问负责制要求的有：,不推诿,\"说明“为什么”\",一次告知,随意答复,主动引导,\"A,B,C,E\",首问负责,中,20分,,原创",
    "3,判断题,窗口人员可以因材料不齐拒绝接收咨询。,,,,,,×,窗口服务,难,,,原创",
    "4,填空题,申请材料不齐全的，应当（  ）告知。,,,,,,一次性|一次,一次性告知,2,,,原创",
    "5,简答题,简述“好差评”的评价等级。,,,,,,\"非常满意、满意、基本满意、\r\n不满意、非常不满意\",好差评,2,,,原创",
    "6,论述题,\"结合工作实际，论述\r\n如何提升窗口服务质量。\",,,,,,\"要点：\r\n1. 规范；2. 效率\",服务礼仪,3,30,\"评分时注意\"\"结构\"\"\",原创"
)

@Test func organiserCSVLoadsWithoutProblems() {
    let result = load(organiserCSV, file: "organiser.csv")
    #expect(pins(result) == [])
    #expect(result.bank.questions.count == 6)
    #expect(result.bank.questions[1].answer == .choices([0, 1, 2, 4]))
    #expect(result.bank.questions[1].points == 20)
    #expect(result.bank.questions[5].explanation == "评分时注意\"结构\"")
}

@Test func csvToJSONToCSVLosesNothing() {
    let original = load(organiserCSV, file: "organiser.csv").bank
    let json = BankLoader.load(bytes: Array(JSONBankWriter.write(original).utf8), file: "organiser.json")
    #expect(pins(json) == [])
    #expect(json.bank == original)
    let firstCSV = CSVBankWriter.write(json.bank)
    let back = BankLoader.load(bytes: firstCSV, file: "back.csv")
    #expect(pins(back) == [])
    #expect(back.bank.questions == original.questions)
    #expect(CSVBankWriter.write(back.bank) == firstCSV)
}

@Test(arguments: [("\t", "b.tsv"), (",", "b.csv")])
func writtenCSVAndTSVReadBackUnchangedWithEitherHeaderLanguage(delimiter: String, file: String) {
    let original = load(organiserCSV, file: "organiser.csv").bank
    for language in Language.allCases {
        let bytes = CSVBankWriter.write(original, delimiter: Character(delimiter), headerLanguage: language)
        let back = BankLoader.load(bytes: bytes, file: file)
        #expect(pins(back) == [])
        #expect(back.bank.questions == original.questions)
    }
}

@Test func writtenCSVOpensInExcelAsUTF8() {
    let bytes = CSVBankWriter.write(Bank(title: "t", questions: []))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
}

@Test func jsonWriterEscapesQuotesBackslashesAndControls() {
    #expect(JSONBankWriter.quoted("a\"b\\c\nd\u{1}题") == #""a\"b\\c\nd\u0001题""#)
}

@Test func demoBankIsValidAndItsCSVHoldsTheSameQuestions() throws {
    let json = BankLoader.load(path: repositoryRoot + "/question-banks/demo.json")
    let csv = BankLoader.load(path: repositoryRoot + "/question-banks/demo.csv")
    #expect(json.diagnostics.isEmpty && csv.diagnostics.isEmpty)
    #expect(json.bank.questions.count >= 300)
    #expect(csv.bank.questions == json.bank.questions)
    let statistics = BankStatistics(json.bank.questions)
    #expect(Set(statistics.byType.keys) == Set(QuestionType.allCases))
    #expect(Set(statistics.byDifficulty.keys) == [1, 2, 3])
}

/// Every bank file at the top of question-banks/ (the folders beside them hold the demo exam, not banks).
@Test func checkingEveryShippedBankSucceeds() throws {
    let folder = repositoryRoot + "/question-banks"
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().filter { $0.contains(".") }
        .map { folder + "/" + $0 }
    #expect(files.count >= 3)
    let result = BankTool.run(["check"] + files)
    #expect(result.exitCode == 0, "\(result.errors)")
}

@Test(arguments: [("json", "doc.json"), ("csv", "doc.csv")])
func documentedExamplesAreValidBanks(fence: String, file: String) throws {
    let text = try String(contentsOfFile: repositoryRoot + "/docs/question-bank.md", encoding: .utf8)
    let opening = "```\(fence)\n"
    let start = try #require(text.range(of: opening))
    let end = try #require(text.range(of: "```", range: start.upperBound..<text.endIndex))
    let result = load(String(text[start.upperBound..<end.lowerBound]), file: file)
    #expect(pins(result) == [])
    #expect(result.bank.questions.count >= 5)
}
