import QuestionBank

/// `ledger import-results`: the certificates a contest or a certification round issued, added to the roster's cells.
///
/// Each certificate is matched to a clerk by resident ID, or, where the results carry none (or a
/// masked one), by name, and by unit against 中心 when two clerks share a name. Its level and
/// date are appended to the clerk's 证书等级 and 取证日期 cells as written (`五级` becomes
/// `五级;四级`), so every other cell of the roster stays as the organiser typed it. A
/// certificate already there with the same level and date is not added again: importing the same
/// results twice changes nothing. Pure: tables in, the rows to write out.
public struct ResultImport: Sendable {
    /// One certificate added: to whom, which level, from which list's row.
    public struct Added: Sendable, Hashable {
        public var name: String
        public var centre: String
        public var level: Int
        public var date: CalendarDate
        public var source: String
    }

    /// Every sheet of the roster as text rows, the roster's sheet with the cells changed.
    public var sheets: [(name: String, rows: [[String]])]
    public var added: [Added]
    public var diagnostics: [AdminDiagnostic<ImportProblem>]

    /// `results` are the lists read, each with its file name; `date` is for rows without a 取证日期.
    public static func run(
        roster: TableReader.Result, rosterSheet: RecordSheet<LedgerColumn>, clerks: [Clerk],
        results: [(file: String, table: TableReader.Result)], level contestLevel: Int, date: CalendarDate
    ) -> ResultImport {
        var sheets = roster.sheets.map { sheet in (name: sheet.name, rows: sheet.rows.map(\.cells)) }
        var rows = sheets[rosterSheet.sheetIndex].rows
        let header = rosterSheet.headerRowIndex
        let levelIndex = rosterSheet.columnIndexes[.levels] ?? Self.appendColumn(LedgerColumn.levels, to: &rows[header])
        let dateIndex =
            rosterSheet.columnIndexes[.certificateDates] ?? Self.appendColumn(.certificateDates, to: &rows[header])
        var held = clerks.map(\.certificates)
        var result = ResultImport(sheets: [], added: [], diagnostics: [])
        for (file, table) in results {
            result.diagnostics += table.diagnostics.map(AdminDiagnostic.init(reading:))
            guard !table.sheets.isEmpty else { continue }
            let issued = IssuedCertificates.read(table, file: file, level: contestLevel, date: date)
            result.diagnostics += issued.diagnostics
            for certificate in issued.certificates {
                let problem = { (problem: ImportProblem) in
                    result.diagnostics.append(
                        AdminDiagnostic(file: file, location: certificate.place, problem: problem))
                }
                let matches = Self.matches(certificate, in: clerks)
                guard matches.count == 1, let index = matches.first else {
                    problem(
                        matches.isEmpty
                            ? .notOnRoster(name: certificate.name)
                            : .ambiguous(name: certificate.name, count: matches.count))
                    continue
                }
                let clerk = clerks[index]
                let new = Clerk.Certificate(level: certificate.level, date: certificate.date)
                guard !held[index].contains(new) else {
                    problem(.alreadyRecorded(name: clerk.name, level: new.level, date: new.date))
                    continue
                }
                held[index].append(new)
                let row = clerk.row.rowIndex
                Self.append(Self.levelName(new.level), at: levelIndex, of: &rows[row])
                Self.append(new.date.description, at: dateIndex, of: &rows[row])
                result.added.append(
                    Added(
                        name: clerk.name, centre: clerk.centre, level: new.level, date: new.date,
                        source: "\(file):\(certificate.place.row)"))
            }
        }
        sheets[rosterSheet.sheetIndex].rows = rows
        result.sheets = sheets
        return result
    }

    /// The clerks a certificate names: by full ID when it has one, else by name, narrowed by unit.
    static func matches(_ certificate: IssuedCertificates.Certificate, in clerks: [Clerk]) -> [Int] {
        let id = certificate.residentID.uppercased()
        if id.count == 18 && !id.contains("*") {
            return clerks.indices.filter { clerks[$0].residentID.uppercased() == id }
        }
        let named = clerks.indices.filter { clerks[$0].name == certificate.name }
        guard named.count > 1, !certificate.unit.isEmpty else { return named }
        return named.filter { clerks[$0].centre == certificate.unit }
    }

    /// `四级`: how the roster's 证书等级 cell names a level.
    static func levelName(_ level: Int) -> String {
        ["一级", "二级", "三级", "四级", "五级"][max(1, min(5, level)) - 1]
    }

    private static func appendColumn(_ column: LedgerColumn, to header: inout [String]) -> Int {
        header.append(column.rawValue)
        return header.count - 1
    }

    /// Adds `text` to the cell, after a `;` when the cell has something already.
    private static func append(_ text: String, at index: Int, of row: inout [String]) {
        while row.count <= index { row.append("") }
        let current = row[index].trimmingCharacters(in: .whitespaces)
        row[index] = current.isEmpty || ["无", "暂无", "/", "-"].contains(current) ? text : current + ";" + text
    }
}
