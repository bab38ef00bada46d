import ContestCore
import QuestionBank

/// What stops `ledger pay` or `ledger annual` before any figure is worked out: a column it needs, a year with no months.
///
/// The roster's own problems (`LedgerProblem`) hold back only the clerks whose cells they are in;
/// these concern the whole sheet, so no pay sheet or grade list is written.
public enum LedgerReportProblem: AdminProblem {
    case reading(Problem)
    /// A column the subsidies or the grades are worked out from is not in the roster.
    case missingColumn(LedgerColumn)
    /// The roster has no month column in the year asked for.
    case noMonthsInYear(Int)

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .missingColumn, .noMonthsInYear: .error
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .missingColumn: "missing-column"
        case .noMonthsInYear: "no-months-in-year"
        }
    }

    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .reading(let problem):
            return problem.message(language)
        case .missingColumn(let column):
            return zh
                ? "缺少「\(column.rawValue)」列：没有它算不出每人的补贴或等次，请补上这一列（没有的人留空）"
                : "the column \(column.bilingualName) is missing: subsidies and grades depend on it (leave a clerk's cell empty if none)"
        case .noMonthsInYear(let year):
            return zh
                ? "花名册没有 \(year) 年的月份列（如 \(year)-01）：无法评定年度等次"
                : "the roster has no month column of \(year) (such as \(year)-01): no annual grade can be given"
        }
    }
}

/// A sheet-wide problem of `ledger pay` or `ledger annual`, with its place.
public typealias LedgerReportDiagnostic = AdminDiagnostic<LedgerReportProblem>
