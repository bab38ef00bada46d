import ContestCore
import QuestionBank

/// An organiser's sheet found among a file's tables: the header row located, the rows below it as records.
///
/// Forms carry a title or two above the header (`2024年技能竞赛报名表`): the header is the first
/// row, among the first ten, naming every one of `Column.headerColumns`. In a workbook the first
/// sheet with such a row is read; blank rows are skipped.
public struct RecordSheet<Column: TableColumn>: Sendable {
    public static var maximumTitleRows: Int { 10 }

    public var records: [Record<Column>]
    /// The columns the header names; a command reports those it needs and misses.
    public var columns: Set<Column>
    public var headerLocation: SourceLocation
    /// Headers the sheet has that name no known column, such as the `2025-03` months of a ledger.
    public var otherHeaders: [(header: String, index: Int)]
    /// Where the sheet is among the file's, where its header is among its rows, and each column's
    /// cell index: what a command needs to write the sheet back with cells changed.
    public var sheetIndex: Int
    public var headerRowIndex: Int
    public var columnIndexes: [Column: Int]

    /// The first sheet with a header row, or nil when no sheet has one.
    public init?(_ sheets: [TableSheet]) {
        for (sheetIndex, sheet) in sheets.enumerated() {
            let rows = sheet.rows.enumerated().filter { !$0.element.isBlank }
            for (index, (rowIndex, row)) in rows.prefix(Self.maximumTitleRows).enumerated() {
                let headers = (0..<row.cells.count).map { row.text(at: $0) }
                let columns = headers.map { Column.column(for: $0) }
                guard Column.headerColumns.allSatisfy(columns.contains) else { continue }
                records = rows.dropFirst(index + 1).map {
                    Self.record($0.element, index: $0.offset, columns: columns, headers: headers)
                }
                self.columns = Set(columns.compactMap { $0 })
                (self.sheetIndex, headerRowIndex) = (sheetIndex, rowIndex)
                columnIndexes = [:]
                for (cell, column) in columns.enumerated() {
                    if let column, columnIndexes[column] == nil { columnIndexes[column] = cell }
                }
                headerLocation = row.location
                otherHeaders = headers.enumerated().filter { columns[$0.offset] == nil && !$0.element.isEmpty }
                    .map { ($0.element, $0.offset) }
                return
            }
        }
        return nil
    }

    /// Why no header row was found: the columns it must name, within how many rows.
    public static func noHeaderMessage(_ language: Language) -> String {
        noHeaderMessage(Column.headerColumns.map(\.rawValue), language)
    }

    /// The message for header columns given by name, for a sheet whose marking columns vary.
    public static func noHeaderMessage(_ names: [String], _ language: Language) -> String {
        language == .chinese
            ? "找不到表头：前 \(maximumTitleRows) 行里没有同时写着\(names.map { "「\($0)」" }.joined(separator: "和"))的一行"
            : "no header row: none of the first \(maximumTitleRows) rows names \(names.count == 2 ? "both " : "all of ")"
                + names.joined(separator: names.count == 2 ? " and " : ", ")
    }

    /// The columns among `needed` the header does not name, in the order given.
    public func missing(_ needed: [Column]) -> [Column] { needed.filter { !columns.contains($0) } }

    private static func record(_ row: TableRow, index: Int, columns: [Column?], headers: [String]) -> Record<Column> {
        var record = Record<Column>(location: row.location, values: [:])
        record.rowIndex = index
        for (index, column) in columns.enumerated() {
            guard let column else {
                let header = headers[index]
                if !header.isEmpty && record.others[header] == nil {
                    record.others[header] = row.text(at: index)
                    record.otherPlaces[header] = row.location(at: index)
                }
                continue
            }
            guard record.values[column] == nil else { continue }
            record.values[column] = row.text(at: index)
            record.places[column] = row.location(at: index)
        }
        return record
    }
}
