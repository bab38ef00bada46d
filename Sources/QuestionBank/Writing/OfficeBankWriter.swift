import ContestCore
import OfficeDocuments

/// Writes a bank as a Word document in the paper layout or as an Excel workbook with CSV's headers.
///
/// Both read back to the same questions: the Word file is the paper writer's lines (title, section
/// headings, numbered questions, `答案：`, `解析：` and an id marker), the workbook is the CSV
/// writer's rows on one sheet, so an organiser can correct a bank in Word or Excel and load it again.
public enum OfficeBankWriter {
    public static func word(_ bank: Bank) throws(OfficeDocumentError) -> [UInt8] {
        var writer = WordDocumentWriter()
        for line in PaperBankWriter.lines(bank) {
            switch line.kind {
            case .title: writer.addParagraph(line.text, style: .heading1, bold: true)
            case .heading: writer.addParagraph(line.text, style: .heading2, bold: true)
            case .item, .plain: writer.addParagraph(line.text)
            case .blank: writer.addParagraph("")
            }
        }
        return try writer.bytes()
    }

    public static func workbook(_ bank: Bank, headerLanguage: Language) throws(OfficeDocumentError) -> [UInt8] {
        let rows = CSVBankWriter.rows(bank, headerLanguage: headerLanguage)
        let widths = (rows.first ?? []).enumerated().map { index, _ -> Double in
            switch index {
            case 2: 50
            case 0, 1: 10
            default: 16
            }
        }
        let name = headerLanguage == .chinese ? "题库" : "bank"
        return try WorkbookWriter(sheets: [.init(name: name, rows: rows, columnWidths: widths)]).bytes()
    }
}
