import QuestionBank

/// One row of an organiser's sheet: the cells a command reads, each with the place it came from.
public struct Record<Column: TableColumn>: Sendable {
    /// Where the row starts: `12:1` in a CSV, `报名表!A12` in a workbook.
    public var location: SourceLocation
    public var values: [Column: String]
    public var places: [Column: SourceLocation]
    /// Cells under headers that name no known column, by header (a ledger's `2025-03`), and their places.
    public var others: [String: String] = [:]
    public var otherPlaces: [String: SourceLocation] = [:]
    /// The row's index among its sheet's rows as read, blank rows counted.
    public var rowIndex = 0

    public init(location: SourceLocation, values: [Column: String], places: [Column: SourceLocation] = [:]) {
        self.location = location
        self.values = values
        self.places = places
    }

    /// The trimmed cell, or "" when the column is absent or empty.
    public subscript(column: Column) -> String { values[column] ?? "" }

    /// The cell's place, or the row's when the column is absent.
    public func place(_ column: Column) -> SourceLocation { places[column] ?? location }

    /// The row's number as the organiser's editor shows it: the CSV line or the Excel row.
    public var rowNumber: Int { location.row }
}

extension SourceLocation {
    /// The CSV line or the Excel row, as the organiser's editor numbers it.
    public var row: Int { rowAndColumn.row }

    /// Row and column, to list a row's problems from left to right.
    var rowAndColumn: (row: Int, column: Int) {
        switch self {
        case .text(let position): (position.line, position.column)
        case .cell(_, let row, let column): (row, column)
        case .paragraph(let number, _): (number, 0)
        }
    }
}
