import QuestionBank

/// A ranking command's sheet read: the header found, the needed columns checked, cells parsed with their places.
///
/// Collects every problem rather than stopping at the first, so the organiser fixes the sheet once.
struct RankInput<Column: TableColumn> {
    let file: String
    var diagnostics: [RankDiagnostic] = []
    private var firstID: [String: SourceLocation] = [:]

    init(file: String) { self.file = file }

    /// The sheet's records, or nil (with the problem recorded) when the header or a needed column is missing.
    mutating func records(_ table: TableReader.Result, needing needed: [Column]) -> [Record<Column>]? {
        diagnostics += table.diagnostics.map(AdminDiagnostic.init(reading:))
        guard !table.sheets.isEmpty else { return nil }
        guard let sheet = RecordSheet<Column>(table.sheets) else {
            report(.noHeader(Column.headerColumns.map(\.rawValue)), at: nil)
            return nil
        }
        let missing = sheet.missing(needed)
        for column in missing { report(.missingColumn(column.rawValue, column.englishName), at: sheet.headerLocation) }
        return missing.isEmpty ? sheet.records : nil
    }

    mutating func report(_ problem: RankProblem, at location: SourceLocation?) {
        diagnostics.append(RankDiagnostic(file: file, location: location, problem: problem))
    }

    /// A cell that must be filled in, or nil with the problem recorded.
    mutating func text(_ record: Record<Column>, _ column: Column) -> String? {
        guard !record[column].isEmpty else {
            report(.missingValue(column.rawValue, column.englishName), at: record.place(column))
            return nil
        }
        return record[column]
    }

    mutating func score(_ record: Record<Column>, _ column: Column) -> Score? {
        guard let text = text(record, column) else { return nil }
        guard let score = Score(text) else {
            report(.badScore(column.rawValue, column.englishName, text: text), at: record.place(column))
            return nil
        }
        return score
    }

    /// The resident ID, upper-cased; a repeat is reported at its cell, naming the first row.
    mutating func residentID(_ record: Record<Column>, _ column: Column) -> String? {
        guard let id = text(record, column)?.uppercased() else { return nil }
        if let first = firstID[id] {
            report(.duplicateID(first: first), at: record.place(column))
            return nil
        }
        firstID[id] = record.place(column)
        return id
    }
}
