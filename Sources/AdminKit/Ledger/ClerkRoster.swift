import QuestionBank

/// The clerks' roster read: every clerk with the cells parsed, the rating months found, every problem.
///
/// The one reader every `ledger` command starts from. Pure: the table is already read and today's
/// date is a parameter, so a test decides which dates are in the future.
///
/// ```swift
/// let roster = ClerkRoster.read(TableReader.read(path: "花名册.xlsx"), file: "花名册.xlsx", today: today)
/// roster.clerks.filter { $0.highestLevel(on: today) == nil }   // who holds no certificate
/// ```
public struct ClerkRoster: Sendable {
    public var file: String
    public var clerks: [Clerk]
    /// The months the roster has a column for, oldest first.
    public var months: [YearMonth]
    public var diagnostics: [LedgerDiagnostic]
    /// The sheet the clerks came from, for a command that writes the roster back; nil when none was
    /// found or it lacks a column every command needs.
    public var sheet: RecordSheet<LedgerColumn>?

    public var hasErrors: Bool { diagnostics.errorCount() > 0 }

    /// The columns every ledger command needs.
    static let requiredColumns: [LedgerColumn] = [.centre, .name, .residentID, .hired]

    public static func read(_ table: TableReader.Result, file: String, today: CalendarDate) -> ClerkRoster {
        var roster = ClerkRoster(file: file, clerks: [], months: [], diagnostics: [])
        let opened = RecordSheet.open(table, file: file, required: requiredColumns, into: &roster.diagnostics)
        guard let sheet = opened.sheet, opened.isComplete else { return roster }
        roster.sheet = sheet
        let monthHeaders = sheet.otherHeaders.compactMap { header in
            YearMonth(header.header).map { (header.header, $0) }
        }
        roster.months = Array(Set(monthHeaders.map(\.1))).sorted()
        var reader = ClerkRowReader(today: today, monthHeaders: monthHeaders)
        for record in sheet.records {
            roster.clerks.append(reader.read(record))
        }
        roster.diagnostics += reader.found.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.1.rowAndColumn, rhs.element.1.rowAndColumn)
            return left == right ? lhs.offset < rhs.offset : left < right
        }.map { LedgerDiagnostic(file: file, location: $0.element.1, problem: $0.element.0) }
        return roster
    }

    /// The clerks of each centre, centres in the order they first appear.
    public var centres: [(centre: String, clerks: [Clerk])] {
        var order: [String] = []
        var members: [String: [Clerk]] = [:]
        for clerk in clerks {
            if members[clerk.centre] == nil { order.append(clerk.centre) }
            members[clerk.centre, default: []].append(clerk)
        }
        return order.map { ($0, members[$0] ?? []) }
    }
}
