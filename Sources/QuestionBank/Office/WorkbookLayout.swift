import OfficeDocuments

/// A workbook laid out as the records the spreadsheet reader parses, and the way back to its cells.
///
/// Every cell of a row, empty ones included, gets a line of its own in the text, so every offset
/// names exactly one cell (`单选!G3`). A sheet named after a type (单选, 判断题…) gives that type to
/// rows without one.
final class WorkbookLayout: SourceLocator {
    struct Sheet {
        var name: String
        var isHidden: Bool
        var records: [CSVRecord]
        var sheetType: Located<String>?
        /// Where the sheet starts in the text, for problems with the sheet as a whole.
        var offset: Int
    }

    /// More columns than any bank sheet has: id, type, stem, eight options and the other fields.
    static let maximumColumns = 64

    private(set) var bytes: [UInt8] = []
    private(set) var sheets: [Sheet] = []
    private var cells: [(offset: Int, sheet: String, row: Int, column: Int)] = []

    init(_ workbook: Workbook) {
        for sheet in workbook.sheets {
            let start = bytes.count
            let records = sheet.rows.map { row in
                var byColumn: [Int: String] = [:]
                for cell in row.cells { byColumn[cell.column] = cell.text }
                let rowStart = bytes.count
                // Gaps are filled only as far as a bank can reach, so a stray cell in column XFD
                // costs one entry, not 16,384; cells past that keep their own place for the
                // "cells beyond the header" error.
                let filled = min(row.cells.map(\.column).max() ?? 1, Self.maximumColumns)
                var rowCells = (1...max(filled, 1)).map { column in
                    append(byColumn[column] ?? "", sheet: sheet.name, row: row.number, column: column)
                }
                for cell in row.cells where cell.column > Self.maximumColumns {
                    rowCells.append(append(cell.text, sheet: sheet.name, row: row.number, column: cell.column))
                }
                return CSVRecord(cells: rowCells, offset: rowStart)
            }
            let type = Spellings.questionType(Spellings.trimmed(sheet.name)).map { _ in
                Located(value: Spellings.trimmed(sheet.name), offset: start)
            }
            sheets.append(
                Sheet(name: sheet.name, isHidden: sheet.isHidden, records: records, sheetType: type, offset: start))
        }
    }

    func location(at offset: Int) -> SourceLocation {
        guard !cells.isEmpty else { return .cell(sheet: "", row: 1, column: 1) }
        var low = 0
        var high = cells.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if cells[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        let cell = cells[low]
        return .cell(sheet: cell.sheet, row: cell.row, column: cell.column)
    }

    private func append(_ text: String, sheet: String, row: Int, column: Int) -> CSVCell {
        let offset = bytes.count
        cells.append((offset, sheet, row, column))
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
        return CSVCell(text: text, offset: offset)
    }
}
