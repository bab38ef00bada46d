import ContestCore
import QuestionBank

/// What `ledger check` finds against the rules: hiring conditions, the 好 quota, staffing, certificates due.
///
/// The roster's own reading problems stay in `LedgerProblem`; these are the rules' verdicts on a
/// roster that reads, and the problems of the centres file (`--centres`) that staffing is checked from.
public enum LedgerFinding: AdminProblem {
    case reading(Problem)
    /// Aged `age` on the hiring date, not under `maximum`.
    case tooOldAtHiring(age: Int, hired: CalendarDate, maximum: Int)
    case belowMinimumEducation(EducationLevel, minimum: EducationLevel)
    /// No certificate of `level` or higher, and the deadline has passed.
    case certificateOverdue(level: Int, deadline: CalendarDate)
    /// No certificate of `level` or higher yet, the deadline still to come.
    case certificateDue(level: Int, deadline: CalendarDate)
    case goodOverQuota(centre: String, month: YearMonth, good: Int, quota: Int, staff: Int)
    case centresNoHeader
    case centresMissingColumn(CentreColumn)
    case centresMissingValue(CentreColumn)
    case badWindowCount(String)
    case unknownCentreKind(String, known: [String])
    case duplicateCentre(first: SourceLocation)
    case understaffed(centre: String, clerks: Int, windows: Int, needed: Int)
    case tooFewWindows(centre: String, kind: String, windows: Int, minimum: Int)
    case centreNotInCentresFile(centre: String, file: String)
    case centreNotInRoster(centre: String, windows: Int)

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .certificateDue: .warning
        case .tooOldAtHiring, .belowMinimumEducation, .certificateOverdue, .goodOverQuota, .centresNoHeader,
            .centresMissingColumn, .centresMissingValue, .badWindowCount, .unknownCentreKind, .duplicateCentre,
            .understaffed, .tooFewWindows, .centreNotInCentresFile, .centreNotInRoster:
            .error
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .tooOldAtHiring: "hiring-age"
        case .belowMinimumEducation: "hiring-education"
        case .certificateOverdue: "certificate-overdue"
        case .certificateDue: "certificate-due"
        case .goodOverQuota: "good-over-quota"
        case .centresNoHeader: "no-header"
        case .centresMissingColumn: "missing-column"
        case .centresMissingValue: "missing-value"
        case .badWindowCount: "bad-window-count"
        case .unknownCentreKind: "unknown-centre-kind"
        case .duplicateCentre: "duplicate-centre"
        case .understaffed: "understaffed"
        case .tooFewWindows: "too-few-windows"
        case .centreNotInCentresFile: "centre-not-listed"
        case .centreNotInRoster: "centre-without-clerks"
        }
    }
}

/// A finding with its place: a roster row, or a row of the centres file.
public typealias LedgerFindingDiagnostic = AdminDiagnostic<LedgerFinding>
