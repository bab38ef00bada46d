import ContestCore
import QuestionBank

/// What `ledger import-results` can find in a results list, each with a stable code and both languages.
public enum ImportProblem: AdminProblem {
    case reading(Problem)
    case noHeader
    case noResultColumn
    case notOnRoster(name: String)
    case ambiguous(name: String, count: Int)
    case unknownLevel(String)
    case badDate(String)
    case alreadyRecorded(name: String, level: Int, date: CalendarDate)

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .notOnRoster, .alreadyRecorded: .warning
        case .noHeader, .noResultColumn, .ambiguous, .unknownLevel, .badDate: .error
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .noHeader: "no-header"
        case .noResultColumn: "no-result-column"
        case .notOnRoster: "not-on-roster"
        case .ambiguous: "ambiguous-name"
        case .unknownLevel: "unknown-level"
        case .badDate: "bad-date"
        case .alreadyRecorded: "already-recorded"
        }
    }

    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .reading(let problem): return problem.message(language)
        case .noHeader: return RecordSheet<ResultColumn>.noHeaderMessage(language)
        case .noResultColumn:
            return zh
                ? "既没有「发证」列（比赛的综合成绩）也没有「等级」列（认定名单），读不出发了什么证书"
                : "neither a 发证 column (a contest's composite ranking) nor a 等级 column (a certification list): no certificates to read"
        case .notOnRoster(let name):
            return zh
                ? "「\(name)」不在花名册上（按身份证号码，没有号码时按姓名和中心对照），未导入"
                : "\(name) is not on the roster (matched by ID, or by name and centre without one); not imported"
        case .ambiguous(let name, let count):
            return zh
                ? "花名册上有 \(count) 个「\(name)」，请在结果中写身份证号码或单位以区分"
                : "the roster has \(count) clerks named \(name): give the ID number or the unit in the results"
        case .unknownLevel(let text):
            return zh ? "等级「\(text)」读不懂：请写 五级 … 一级" : "level \(text) cannot be read: write 五级 … 一级"
        case .badDate(let text):
            return zh ? "取证日期「\(text)」读不出日期" : "certificate date \(text) is not a date"
        case .alreadyRecorded(let name, let level, let date):
            return zh
                ? "「\(name)」的\(SkillLevel.name(of: level))证书（\(date)）已在花名册上，未重复导入"
                : "\(name)'s level-\(level) certificate of \(date) is on the roster already; not added twice"
        }
    }
}
