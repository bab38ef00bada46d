import QuestionBank

/// Finds the header row of an entry list and turns the rows below it into entrants.
///
/// Forms carry a title or two above the header (`2024年技能竞赛报名表`): the header is the first
/// row, among the first ten, naming both 姓名 and 身份证号码. In a workbook the first sheet with
/// such a row is read; blank rows are skipped.
enum EntryListReader {
    static let maximumTitleRows = 10

    struct Sheet {
        var entrants: [Entrant]
        var columns: Set<RegistrationColumn>
        var headerLocation: SourceLocation
    }

    static func read(_ sheets: [TableSheet]) -> Sheet? {
        for sheet in sheets {
            let rows = sheet.rows.filter { !$0.isBlank }
            for (index, row) in rows.prefix(maximumTitleRows).enumerated() {
                let columns = (0..<row.cells.count).map { RegistrationColumn.column(for: row.text(at: $0)) }
                guard columns.contains(.name), columns.contains(.residentID) else { continue }
                let entrants = rows.dropFirst(index + 1).map { entrant($0, columns: columns) }
                return Sheet(
                    entrants: entrants, columns: Set(columns.compactMap { $0 }), headerLocation: row.location)
            }
        }
        return nil
    }

    private static func entrant(_ row: TableRow, columns: [RegistrationColumn?]) -> Entrant {
        var entrant = Entrant(location: row.location, values: [:])
        for (index, column) in columns.enumerated() {
            guard let column, entrant.values[column] == nil else { continue }
            entrant.values[column] = row.text(at: index)
            entrant.places[column] = row.location(at: index)
        }
        return entrant
    }
}
