import QuestionBank

/// The certificates one results list says were issued: a contest's `composite.csv` or a certification round's list.
struct IssuedCertificates {
    struct Certificate {
        var name: String
        var residentID: String
        var unit: String
        var level: Int
        var date: CalendarDate
        var place: SourceLocation
    }

    var certificates: [Certificate] = []
    var diagnostics: [AdminDiagnostic<ImportProblem>] = []

    /// Rows with 发证 是 at `level`, or rows with a 等级; a row's own 取证日期 before `date`.
    static func read(_ table: TableReader.Result, file: String, level contestLevel: Int, date: CalendarDate)
        -> IssuedCertificates
    {
        var read = IssuedCertificates()
        func note(_ problem: ImportProblem, _ place: SourceLocation?) {
            read.diagnostics.append(AdminDiagnostic(file: file, location: place, problem: problem))
        }
        guard let sheet = RecordSheet<ResultColumn>(table.sheets) else {
            note(.noHeader, nil)
            return read
        }
        let byIssue = sheet.columns.contains(.issued)
        guard byIssue || sheet.columns.contains(.level) else {
            note(.noResultColumn, sheet.headerLocation)
            return read
        }
        for row in sheet.records where !row[.name].isEmpty {
            var level = contestLevel
            if byIssue {
                guard YesNo.parse(row[.issued]) == true else { continue }
            } else {
                guard case .level(let found) = SkillLevel(row[.level]) else {
                    if !row[.level].isEmpty { note(.unknownLevel(row[.level]), row.place(.level)) }
                    continue
                }
                level = found
            }
            var issued = date
            if !row[.date].isEmpty {
                guard let written = CalendarDate(written: row[.date]) else {
                    note(.badDate(row[.date]), row.place(.date))
                    continue
                }
                issued = written
            }
            read.certificates.append(
                Certificate(
                    name: row[.name], residentID: row[.residentID], unit: row[.unit], level: level, date: issued,
                    place: row.location))
        }
        return read
    }
}
