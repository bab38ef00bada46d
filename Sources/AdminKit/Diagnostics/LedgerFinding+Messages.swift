import ContestCore
import QuestionBank

/// `ledger check`'s findings worded in Chinese and English, side by side so both say the same.
extension LedgerFinding {
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .reading(let problem): return problem.message(language)
        case .tooOldAtHiring(let age, let hired, let maximum):
            return zh
                ? "入职日期 \(hired) 时已满 \(age) 周岁：入职条件为 \(maximum) 周岁以下"
                : "aged \(age) on the hiring date \(hired): the hiring condition is under \(maximum)"
        case .belowMinimumEducation(let education, let minimum):
            return zh
                ? "学历为\(education.name(true))：入职条件为\(minimum.name(true))及以上"
                : "education is \(education.name(false)): the hiring condition is \(minimum.name(false)) or above"
        case .certificateOverdue(let level, let deadline):
            return zh
                ? "入职满一年未取得\(ConditionText.level(level, true))及以上证书：期限 \(deadline) 已过"
                : "no \(ConditionText.level(level, false)) certificate or higher by the deadline \(deadline)"
        case .certificateDue(let level, let deadline):
            return zh
                ? "证书到期提醒：须在 \(deadline) 前取得\(ConditionText.level(level, true))及以上证书"
                : "certificate due by \(deadline): \(ConditionText.level(level, false)) or higher"
        case .goodOverQuota(let centre, let month, let good, let quota, let staff):
            return zh
                ? "「\(centre)」\(month) 有 \(good) 人评为好，超过名额 \(quota) 人（参评窗口人员 \(staff) 人）"
                : "\(centre), \(month): \(good) rated 好, over the quota of \(quota) (\(staff) window staff rated)"
        case .centresNoHeader: return RecordSheet<CentreColumn>.noHeaderMessage(language)
        case .centresMissingColumn(let column):
            return zh ? "中心表缺少「\(column.rawValue)」列" : "the centres file has no column \(column.bilingualName)"
        case .centresMissingValue(let column):
            return zh ? "「\(column.rawValue)」没有填" : "\(column.bilingualName) is empty"
        case .badWindowCount(let text):
            return zh ? "综合窗口数「\(text)」应为整数" : "the number of windows \(text) should be a whole number"
        case .unknownCentreKind(let text, let known):
            let list = known.joined(separator: zh ? "、" : ", ")
            return zh ? "中心类型「\(text)」应为 \(list) 之一" : "the centre kind \(text) should be one of \(list)"
        case .duplicateCentre(let first):
            return zh ? "中心与\(first.reference(true))重复" : "the centre repeats \(first.reference(false))"
        case .understaffed(let centre, let clerks, let windows, let needed):
            return zh
                ? "「\(centre)」有 \(windows) 个综合窗口，应至少 \(needed) 名在岗办事员，花名册只有 \(clerks) 名"
                : "\(centre) has \(windows) comprehensive windows and needs at least \(needed) clerks on post; the roster has \(clerks)"
        case .tooFewWindows(let centre, let kind, let windows, let minimum):
            return zh
                ? "「\(centre)」为\(kind)中心，综合窗口 \(windows) 个，应不少于 \(minimum) 个"
                : "\(centre) is a \(kind) centre with \(windows) comprehensive windows; at least \(minimum) are required"
        case .centreNotInCentresFile(let centre, let file):
            return zh
                ? "中心「\(centre)」不在中心表 \(file) 中：无法核对配备"
                : "the centre \(centre) is not in the centres file \(file): its staffing cannot be checked"
        case .centreNotInRoster(let centre, let windows):
            return zh
                ? "中心表列有「\(centre)」（\(windows) 个综合窗口），花名册中没有该中心的办事员"
                : "the centres file lists \(centre) (\(windows) windows), but the roster has no clerks there"
        }
    }
}
