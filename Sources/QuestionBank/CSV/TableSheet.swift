/// One sheet of a spreadsheet read as plain text rows, for tools that read organisers' lists.
///
/// A CSV file is one sheet without a name; a workbook gives one per worksheet, hidden ones included.
public struct TableSheet: Sendable {
    public var name: String
    public var rows: [TableRow]
}

/// One row's cells, each with the place a person finds it at: `12:5` in a CSV, `报名表!C4` in Excel.
public struct TableRow: Sendable {
    public var cells: [String]
    public var locations: [SourceLocation]
    /// Where the row starts: its first cell.
    public var location: SourceLocation

    /// The trimmed text of the cell at `index`, or "" past the row's end.
    public func text(at index: Int) -> String {
        index < cells.count ? Spellings.trimmed(cells[index]) : ""
    }

    /// The place of the cell at `index`, or of the row when the row is shorter.
    public func location(at index: Int) -> SourceLocation {
        index < locations.count ? locations[index] : location
    }

    public var isBlank: Bool { cells.allSatisfy { Spellings.trimmed($0).isEmpty } }
}
