import QuestionBank

/// What `ledger check` found: the roster as read, every finding with its clerk or centre, the quota months.
public struct LedgerCheckReport: Sendable {
    /// One finding, with the centre and (for a clerk's own) the clerk it is about.
    public struct Entry: Sendable {
        public var diagnostic: LedgerFindingDiagnostic
        public var centre: String
        public var clerk: Clerk?
    }

    /// One centre's line in the summary.
    public struct CentreSummary: Sendable {
        public var centre: String
        public var staff: Int
        public var certified: Int
        public var overQuotaMonths: [YearMonth]
        public var problems: Int
    }

    public var roster: ClerkRoster
    public var entries: [Entry]
    public var quotaMonths: [GoodQuota.Month]
    /// The centres file read, nil when `--centres` was not given and staffing went unchecked.
    public var centres: CentreList?
    public var today: CalendarDate

    public var errorCount: Int {
        roster.diagnostics.errorCount() + entries.filter { $0.diagnostic.severity == .error }.count
    }

    public var warningCount: Int {
        roster.diagnostics.warningCount() + entries.filter { $0.diagnostic.severity == .warning }.count
    }

    public var hasErrors: Bool { errorCount > 0 }

    /// The roster's clerk at a row, to name who a reading problem is about.
    public func clerk(atRow row: Int) -> Clerk? { roster.clerks.first { $0.row.rowNumber == row } }

    /// Each centre of the roster: staff on post today, how many hold any certificate, months over quota, problems.
    public var summaries: [CentreSummary] {
        roster.centres.map { centre, clerks in
            let onPost = clerks.filter { $0.hired.map { $0 <= today } ?? true }
            let rows = Set(clerks.map(\.row.rowNumber))
            let readingProblems = roster.diagnostics.filter { $0.location.map { rows.contains($0.row) } ?? false }
            return CentreSummary(
                centre: centre, staff: onPost.count,
                certified: onPost.filter { $0.highestLevel(on: today) != nil }.count,
                overQuotaMonths: quotaMonths.filter { $0.centre == centre && $0.isOver }.map(\.month),
                problems: readingProblems.count + entries.filter { $0.centre == centre }.count)
        }
    }
}
