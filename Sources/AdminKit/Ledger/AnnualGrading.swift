import QuestionBank

/// `ledger annual`'s year: every clerk hired by the year's end with their grade, per centre.
///
/// Pure: the roster is already read. A year the roster covers only in part is graded from the
/// months there, each 依据 saying how many; a clerk whose needed cells hold an error is 未评定.
///
/// ```swift
/// let grading = AnnualGrading(roster, year: 2025, rules: AdminRules.standard.ledger)
/// grading.count(of: .excellent)   // 1 for docs/admin.md's worked example
/// ```
public struct AnnualGrading: Sendable {
    public var file: String
    public var year: Int
    /// The year's month columns in the roster, oldest first.
    public var months: [YearMonth]
    public var centres: [(centre: String, assessments: [AnnualAssessment])] = []
    /// Clerks on the roster not hired by the year's last day.
    public var notYetHired = 0
    public var rosterDiagnostics: [LedgerDiagnostic]
    public var diagnostics: [LedgerReportDiagnostic] = []
    /// No grades can be given: the roster could not be read, a column is missing, or the year has no months.
    public var isBlocked = false

    public var hasErrors: Bool { rosterDiagnostics.errorCount() + diagnostics.errorCount() > 0 }
    public var assessments: [AnnualAssessment] { centres.flatMap(\.assessments) }

    public func count(of grade: AnnualGrade, in centre: String? = nil) -> Int {
        let chosen = centre.map { name in centres.filter { $0.centre == name }.flatMap(\.assessments) } ?? assessments
        return chosen.filter { $0.grade == grade }.count
    }

    public init(_ roster: ClerkRoster, year: Int, rules: LedgerRules) {
        (file, self.year, rosterDiagnostics) = (roster.file, year, roster.diagnostics)
        months = roster.months.filter { $0.year == year }
        diagnostics = roster.missingColumns(AnnualAssessment.neededColumns)
        if diagnostics.isEmpty && !roster.clerks.isEmpty && months.isEmpty {
            diagnostics.append(LedgerReportDiagnostic(file: file, location: nil, problem: .noMonthsInYear(year)))
        }
        isBlocked = !diagnostics.isEmpty || (roster.clerks.isEmpty && roster.hasErrors)
        guard !isBlocked, let yearEnd = YearMonth(year: year, month: 12)?.lastDay else { return }
        for (centre, clerks) in roster.centres {
            var assessments: [AnnualAssessment] = []
            for clerk in clerks {
                if let hired = clerk.hired, hired > yearEnd {
                    notYetHired += 1
                    continue
                }
                let errors = roster.errors(of: clerk, in: AnnualAssessment.neededColumns) { $0.year == year }
                assessments.append(
                    AnnualAssessment(clerk, year: year, monthsInRoster: months.count, rules: rules, heldBack: errors))
            }
            if !assessments.isEmpty { centres.append((centre, assessments)) }
        }
    }
}
