import QuestionBank

/// `ledger pay`'s month: every clerk hired by the month's end with their subsidies, per centre and in all.
///
/// Pure: the roster is already read. A clerk hired after the month's last day is left out and
/// counted; a clerk whose needed cells hold an error is listed with 0 and the reason.
///
/// ```swift
/// let sheet = PaySheet(roster, month: YearMonth("2025-03")!, rules: AdminRules.standard.ledger)
/// sheet.total   // 1070 for docs/admin.md's worked example
/// ```
public struct PaySheet: Sendable {
    public var file: String
    public var month: YearMonth
    /// Clerks in roster order, grouped by centre in the order the centres first appear.
    public var centres: [(centre: String, pays: [MonthlyPay])] = []
    /// Clerks on the roster not hired by the month's last day.
    public var notYetHired = 0
    /// The roster's problems, then the sheet-wide ones that stop the pay sheet.
    public var rosterDiagnostics: [LedgerDiagnostic]
    public var diagnostics: [LedgerReportDiagnostic] = []

    /// No pay sheet can be made: the roster could not be read as a whole, or a column is missing.
    public var isBlocked = false

    public var hasErrors: Bool { rosterDiagnostics.errorCount() + diagnostics.errorCount() > 0 }

    public var pays: [MonthlyPay] { centres.flatMap(\.pays) }
    public var total: Int { pays.reduce(0) { $0 + $1.total } }
    public var heldBackCount: Int { pays.filter { !$0.heldBack.isEmpty }.count }

    public init(_ roster: ClerkRoster, month: YearMonth, rules: LedgerRules) {
        (file, self.month, rosterDiagnostics) = (roster.file, month, roster.diagnostics)
        diagnostics = roster.missingColumns(MonthlyPay.neededColumns.filter { $0 != .name && $0 != .residentID })
        isBlocked = !diagnostics.isEmpty || (roster.clerks.isEmpty && roster.hasErrors)
        guard !isBlocked else { return }
        let lastDay = month.lastDay
        for (centre, clerks) in roster.centres {
            var pays: [MonthlyPay] = []
            for clerk in clerks {
                if let hired = clerk.hired, hired > lastDay {
                    notYetHired += 1
                    continue
                }
                let errors = roster.errors(of: clerk, in: MonthlyPay.neededColumns)
                pays.append(MonthlyPay(clerk, month: month, rules: rules, heldBack: errors))
            }
            if !pays.isEmpty { centres.append((centre, pays)) }
        }
    }
}
