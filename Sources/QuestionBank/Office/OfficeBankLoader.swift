import ContestCore
import OfficeDocuments

/// Reads banks from Word (`.docx`) and Excel (`.xlsx`) files: Word in the paper layout or as bank
/// tables, Excel one sheet after another with the CSV rules.
///
/// The file is recognised by its content (a ZIP holding `word/` or `xl/` parts) as well as its name,
/// so a workbook saved as `题库.docx` still reads, and a Word 97–2003 file gets told to be saved
/// as `.docx` rather than reported as unreadable text.
enum OfficeBankLoader {
    enum Kind {
        case word
        case workbook
    }

    /// Which kind of Office file the bytes are, or nil when they are text.
    static func kind(of bytes: [UInt8], format: BankFormat?) -> Kind? {
        let byName: Kind? =
            switch format {
            case .docx: .word
            case .xlsx: .workbook
            default: nil
            }
        let isZip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
        let isOLE = bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        guard isZip || isOLE else { return byName }
        guard isZip, let archive = try? ZipArchive(bytes: bytes) else { return byName ?? .word }
        if archive.entries.contains(where: { $0.name.hasPrefix("xl/") }) { return .workbook }
        if archive.entries.contains(where: { $0.name.hasPrefix("word/") }) { return .word }
        return byName ?? .word
    }

    static func load(
        _ bytes: [UInt8], kind: Kind, title: String, collector: inout DiagnosticCollector
    ) -> Bank {
        do throws(OfficeDocumentError) {
            switch kind {
            case .word: return loadWord(try WordDocumentReader.read(bytes), title: title, &collector)
            case .workbook: return loadWorkbook(try WorkbookReader.read(bytes), title: title, &collector)
            }
        } catch {
            collector.reportFile(.officeDocument(error))
            return Bank(title: title, questions: [])
        }
    }

    private static func loadWord(_ document: WordDocument, title: String, _ collector: inout DiagnosticCollector)
        -> Bank
    {
        let layout = WordLayout(document)
        collector.source = layout
        var bank = PaperBankReader.read(layout.lines, collector: &collector)
        if bank.title.isEmpty { bank.title = title }
        var validator = BankValidator(expectedCount: layout.tables.reduce(0) { $0 + $1.records.count })
        for table in layout.tables {
            CSVBankReader.read(table.records, sheetType: table.sheetType, into: &validator, collector: &collector)
        }
        bank.questions += validator.questions
        return bank
    }

    private static func loadWorkbook(_ workbook: Workbook, title: String, _ collector: inout DiagnosticCollector)
        -> Bank
    {
        let layout = WorkbookLayout(workbook)
        collector.source = layout
        var validator = BankValidator(expectedCount: layout.sheets.reduce(0) { $0 + $1.records.count })
        for sheet in layout.sheets {
            let hasRows = sheet.records.contains { $0.cells.contains { !Spellings.trimmed($0.text).isEmpty } }
            guard hasRows else { continue }
            guard CSVBankReader.findsHeader(in: sheet.records, typeGiven: sheet.sheetType != nil) else {
                // A hidden sheet without a header is a helper list (drop-down values), not a bank.
                if !sheet.isHidden { collector.report(.sheetWithoutHeader(sheet.name), at: sheet.offset) }
                continue
            }
            CSVBankReader.read(sheet.records, sheetType: sheet.sheetType, into: &validator, collector: &collector)
        }
        return Bank(title: title, questions: validator.questions)
    }
}
