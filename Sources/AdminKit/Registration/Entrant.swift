import QuestionBank

/// One row of the entry list: the cells this tool reads, each with the place it came from.
public struct Entrant: Sendable {
    /// Where the row starts: `12:1` in a CSV, `报名表!A12` in a workbook.
    public var location: SourceLocation
    public var values: [RegistrationColumn: String]
    public var places: [RegistrationColumn: SourceLocation]

    public init(
        location: SourceLocation, values: [RegistrationColumn: String],
        places: [RegistrationColumn: SourceLocation] = [:]
    ) {
        self.location = location
        self.values = values
        self.places = places
    }

    /// The trimmed cell, or "" when the column is absent or empty.
    public subscript(column: RegistrationColumn) -> String { values[column] ?? "" }

    /// The cell's place, or the row's when the column is absent.
    public func place(_ column: RegistrationColumn) -> SourceLocation { places[column] ?? location }

    /// The row's number as the organiser's editor shows it: the CSV line or the Excel row.
    public var rowNumber: Int { RegistrationReport.row(of: location) }

    /// 村社区 or 窗口前台: the members a team needs at least two of.
    var isFrontline: Bool {
        let category = StaffCategory(self[.category])
        return category == .village || category == .window
    }
}
