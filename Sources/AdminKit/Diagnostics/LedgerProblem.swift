import ContestCore
import QuestionBank

/// Every problem reading the clerks' roster can find, each with a stable code and both languages.
///
/// The rules' findings (hiring conditions, the 好 quota, missing certificates) are the ledger
/// commands' own; these are about the sheet itself, so every ledger command reports them alike.
public enum LedgerProblem: SheetProblem {
    case reading(Problem)
    case noHeader
    case missingColumn(LedgerColumn)
    case missingValue(LedgerColumn)
    /// A resident-ID problem as `registration check` words it.
    case residentID(RegistrationProblem)
    case duplicateID(first: SourceLocation)
    case badDate(LedgerColumn, String)
    case futureDate(LedgerColumn, CalendarDate)
    case unknownEducation(String)
    case unknownLevel(String)
    case certificateDatesMismatch(levels: Int, dates: Int)
    case unknownProbation(String)
    case unknownRating(month: YearMonth, text: String)

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .residentID(let problem): problem.severity
        case .noHeader, .missingColumn, .missingValue, .duplicateID, .badDate, .futureDate, .unknownEducation,
            .unknownLevel, .certificateDatesMismatch, .unknownProbation, .unknownRating:
            .error
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .noHeader: "no-header"
        case .missingColumn: "missing-column"
        case .missingValue: "missing-value"
        case .residentID(let problem): problem.code
        case .duplicateID: "duplicate-id"
        case .badDate: "bad-date"
        case .futureDate: "future-date"
        case .unknownEducation: "unknown-education"
        case .unknownLevel: "unknown-level"
        case .certificateDatesMismatch: "certificate-dates-mismatch"
        case .unknownProbation: "unknown-probation"
        case .unknownRating: "unknown-rating"
        }
    }

    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .reading(let problem): return problem.message(language)
        case .noHeader: return RecordSheet<LedgerColumn>.noHeaderMessage(language)
        case .missingColumn(let column):
            return zh ? "缺少「\(column.rawValue)」列" : "the column \(column.bilingualName) is missing"
        case .missingValue(let column):
            return zh ? "「\(column.rawValue)」没有填" : "\(column.bilingualName) is empty"
        case .residentID(let problem): return problem.message(language)
        case .duplicateID(let first):
            return zh ? "身份证号码与\(first.reference(true))重复" : "the resident ID repeats \(first.reference(false))"
        case .badDate(let column, let text):
            return zh
                ? "「\(column.rawValue)」写的是「\(text)」，读不出日期：请写成 2023-06-01 或 2023.06"
                : "\(column.bilingualName) is \(text), not a date: write 2023-06-01 or 2023.06"
        case .futureDate(let column, let date):
            return zh ? "「\(column.rawValue)」\(date) 晚于今天" : "\(column.bilingualName) \(date) is after today"
        case .unknownEducation(let text):
            return zh
                ? "学历「\(text)」读不懂：请写 高中、中专、大专、本科 或 研究生"
                : "education \(text) cannot be read: write 高中, 中专, 大专, 本科 or 研究生"
        case .unknownLevel(let text):
            return zh
                ? "证书等级「\(text)」读不懂：请写 五级/初级工 … 一级/高级技师，多个证书用分号隔开，没有则留空"
                : "certificate level \(text) cannot be read: write 五级/初级工 … 一级/高级技师, several separated by ;, or leave it empty"
        case .certificateDatesMismatch(let levels, let dates):
            return zh
                ? "写了 \(levels) 个证书等级、\(dates) 个取证日期：两列应一一对应（如 五级;四级 与 2021-03-01;2023-06-01）"
                : "\(levels) certificate levels but \(dates) dates: the two columns pair up (五级;四级 with 2021-03-01;2023-06-01)"
        case .unknownProbation(let text):
            return zh ? "试用期「\(text)」应为 是 或 否" : "probation \(text) should be 是 or 否"
        case .unknownRating(let month, let text):
            return zh
                ? "\(month) 的考核「\(text)」应为 好、一般、差，立案调查期间写 暂缓"
                : "the \(month) rating \(text) should be 好, 一般 or 差, or 暂缓 while under investigation"
        }
    }
}

/// A problem reading the roster, with its place.
public typealias LedgerDiagnostic = AdminDiagnostic<LedgerProblem>
