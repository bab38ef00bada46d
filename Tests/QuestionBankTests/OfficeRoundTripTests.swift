import ContestCore
import Foundation
import OfficeDocuments
import Testing

@testable import QuestionBank

/// A bank written to Word or Excel by `bank convert` reads back to the same questions, so an
/// organiser can correct a bank in either program and load it again.
@Suite struct OfficeRoundTripTests {
    static let demo = BankLoader.load(path: repositoryRoot + "/question-banks/demo.json").bank

    static func byID(_ questions: [Question]) -> [String: Question] {
        Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func theDemoBankSurvivesWord() throws {
        let bytes = try OfficeBankWriter.word(Self.demo)
        let loaded = BankLoader.load(bytes: bytes, file: "demo.docx", format: .docx)
        #expect(loaded.diagnostics.map { $0.formatted() } == [])
        #expect(loaded.format == .docx)
        #expect(loaded.bank.title == Self.demo.title)
        #expect(loaded.bank.questions.count == 330)
        #expect(Self.byID(loaded.bank.questions) == Self.byID(Self.demo.questions))
        #expect(
            loaded.summary(.chinese)
                == "demo.docx：330 题（单选题 120，多选题 60，判断题 75，填空题 36，简答题 24，论述题 15），0 个错误，0 个警告（Word）")
    }

    @Test(arguments: [Language.chinese, .english])
    func theDemoBankSurvivesExcel(headerLanguage: Language) throws {
        let bytes = try OfficeBankWriter.workbook(Self.demo, headerLanguage: headerLanguage)
        let loaded = BankLoader.load(bytes: bytes, file: "demo.xlsx", format: .xlsx)
        #expect(loaded.diagnostics.map { $0.formatted() } == [])
        #expect(loaded.bank.questions == Self.demo.questions)
    }

    /// A workbook saved under a Word name, or a file without a telling name, is read by its content.
    @Test func theContentDecidesNotTheName() throws {
        let workbook = try OfficeBankWriter.workbook(Self.demo, headerLanguage: .chinese)
        #expect(BankLoader.load(bytes: workbook, file: "题库.docx", format: .docx).bank.questions.count == 330)
        let document = try OfficeBankWriter.word(Self.demo)
        #expect(BankLoader.load(bytes: document, file: "题库").format == .docx)
    }

    /// A stray value far to the right costs one place, not a row of thousands, and is reported there.
    @Test func aStrayCellFarToTheRightIsReportedAtItsCell() throws {
        var row = ["S-1", "单选", "题干？", "甲", "乙", "A", "1"] + Array(repeating: "", count: 2000)
        row[2006] = "备注"
        let rows = [["编号", "题型", "题干", "选项A", "选项B", "答案", "难度"], row]
        let bytes = try WorkbookWriter(sheets: [.init(name: "题库", rows: rows)]).bytes()
        let loaded = BankLoader.load(bytes: bytes, file: "b.xlsx", format: .xlsx)
        #expect(loaded.diagnostics.map { "\($0.location?.description ?? "-") \($0.code)" } == ["题库!BYE2 extra-cells"])
    }

    @Test func convertWritesWordAndExcelFiles() throws {
        let directory = temporaryDirectory()
        let input = repositoryRoot + "/question-banks/demo.json"
        for name in ["demo.docx", "demo.xlsx"] {
            let output = directory + "/" + name
            let run = BankTool.run(["convert", input, output])
            #expect(run.exitCode == 0, "\(run.errors)")
            #expect(BankLoader.load(path: output).bank.questions.count == 330)
        }
    }
}

/// A Word table cell claiming to span 60,000 columns is laid out within a bank's reach.
@Test func aHugeColumnSpanInAWordTableCostsNothing() {
    func cell(_ column: Int, _ text: String, span: Int = 1) -> WordTableCell {
        WordTableCell(column: column, columnSpan: span, paragraphs: [WordParagraph(number: 1, lines: [text])])
    }
    let header = WordTableRow(cells: [cell(0, "题型"), cell(1, "题干"), cell(2, "答案")])
    let row = WordTableRow(cells: [cell(0, "判断", span: 60_000), cell(60_000, "对")])
    let layout = WordLayout(WordDocument(blocks: [.table(WordTable(rows: [header, row]))]))
    #expect(layout.tables.first?.records.last.map { $0.cells.count } ?? 0 <= WorkbookLayout.maximumColumns + 1)
    #expect(layout.bytes.count < 1000)
}
