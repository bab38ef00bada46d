import Foundation
import OfficeDocuments

/// Reads any organiser's list (CSV or TSV in UTF-8, UTF-8 with BOM, UTF-16 or GB18030, or `.xlsx`)
/// into rows of text, so other tools share the bank loader's decoding, parsing and cell places.
///
/// A workbook is recognised by its content (a ZIP), not its name. Problems reading the file (bad
/// bytes, a damaged workbook, an unclosed quote) come back as the bank tools' diagnostics.
///
/// ```swift
/// let table = TableReader.read(bytes, file: "报名表.csv")
/// for row in table.sheets[0].rows { print(row.location, row.cells) }
/// ```
public enum TableReader {
    public struct Result: Sendable {
        public var sheets: [TableSheet]
        public var diagnostics: [Diagnostic]
        /// Nil for a workbook, or when the bytes are text in no supported encoding.
        public var encoding: TextEncoding?
    }

    /// Reads the file at `path`; a missing or unreadable file is a diagnostic, as in `bank check`.
    public static func read(path: String) -> Result {
        var isDirectory: ObjCBool = false
        let failure: FileReadFailure
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            failure = .notFound
        } else if isDirectory.boolValue {
            failure = .isDirectory
        } else if let data = FileManager.default.contents(atPath: path) {
            return read([UInt8](data), file: path)
        } else {
            failure = .unreadable
        }
        let diagnostic = Diagnostic(file: path, location: nil, problem: .unreadableFile(failure))
        return Result(sheets: [], diagnostics: [diagnostic], encoding: nil)
    }

    public static func read(_ bytes: [UInt8], file: String) -> Result {
        var collector = DiagnosticCollector(file: file)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            do {
                let layout = WorkbookLayout(try WorkbookReader.read(bytes))
                let sheets = layout.sheets.map { sheet in
                    TableSheet(name: sheet.name, rows: sheet.records.map { row($0, layout) })
                }
                return Result(sheets: sheets, diagnostics: [], encoding: nil)
            } catch {
                collector.reportFile(.officeDocument(error))
                return Result(sheets: [], diagnostics: collector.diagnostics, encoding: nil)
            }
        }
        switch TextDecoder.decode(bytes) {
        case .failure(let failure):
            collector.source = SourceText(failure.decodedPrefix)
            collector.report(.badEncoding, at: failure.decodedPrefix.count)
            return Result(sheets: [], diagnostics: collector.diagnostics, encoding: nil)
        case .success(let decoded):
            let source = SourceText(decoded.utf8)
            collector.source = source
            let delimiter = CSVParser.detectDelimiter(in: decoded.utf8)
            let records = CSVParser.parse(decoded.utf8, delimiter: delimiter, collector: &collector)
            let sheet = TableSheet(name: "", rows: records.map { row($0, source) })
            return Result(sheets: [sheet], diagnostics: collector.sortedDiagnostics, encoding: decoded.encoding)
        }
    }

    private static func row(_ record: CSVRecord, _ locator: any SourceLocator) -> TableRow {
        TableRow(
            cells: record.cells.map(\.text), locations: record.cells.map { locator.location(at: $0.offset) },
            location: locator.location(at: record.offset))
    }
}
