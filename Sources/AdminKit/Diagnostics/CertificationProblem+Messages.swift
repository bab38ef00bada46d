import ContestCore
import QuestionBank

extension CertificationProblem {
    /// The message in plain words: what is wrong, and for a verdict the condition nearest and what it lacks.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .reading(let problem):
            return problem.message(language)
        case .residentID(let problem):
            return problem.message(language)
        case .noHeader:
            return RecordSheet<CertificationColumn>.noHeaderMessage(language)
        case .missingColumn(let column):
            return zh ? "缺少「\(column.rawValue)」列" : "the column \(column.bilingualName) is missing"
        case .absentColumn(let column):
            return zh
                ? "没有「\(column.rawValue)」列，用到它的申报条件都无法满足"
                : "no column \(column.bilingualName): the conditions that read it cannot be met"
        case .missingValue(let column):
            return zh ? "「\(column.rawValue)」没有填" : "\(column.bilingualName) is empty"
        case .duplicateID(let first):
            return zh ? "身份证号码与\(first.reference(true))重复" : "the resident ID repeats \(first.reference(false))"
        case .badYears(let text):
            return zh
                ? "本职业工龄「\(text)」应为年数（如 3 或 1.5）" : "years in the occupation \(text) is not a number of years (3, 1.5)"
        case .unknownSkillLevel(let text):
            return zh
                ? "现有等级「\(text)」读不懂：请写 五级/初级工 … 一级/高级技师，没有则写 无"
                : "skill level \(text) cannot be read: write 五级/初级工 … 一级/高级技师, or 无 for none"
        case .unknownEducation(let text):
            return zh
                ? "文化程度「\(text)」读不懂：请写 高中、中专、技工学校、大专、本科 或 研究生"
                : "education \(text) cannot be read: write 高中, 中专, 技工学校, 大专, 本科 or 研究生"
        case .unknownTitle(let text):
            return zh
                ? "职称「\(text)」读不懂：请写 初级（助理）、中级 或 高级，没有则写 无"
                : "title \(text) cannot be read: write 初级 (助理), 中级 or 高级, or 无 for none"
        case .unknownYesNo(let column, let text):
            return zh ? "「\(column.rawValue)」写的是「\(text)」，应为 是 或 否" : "\(column.bilingualName) is \(text), not 是 or 否"
        case .unreadableDate(let column, let text):
            return zh
                ? "「\(column.rawValue)」写的是「\(text)」，读不出日期：请写成 2020-06-15、2020.06 或 2020年6月"
                : "\(column.bilingualName) \(text) is not a date: write 2020-06-15, 2020.06 or 2020年6月"
        case .futureDate(let column, let date):
            return zh ? "「\(column.rawValue)」\(date) 晚于今天" : "\(column.bilingualName) \(date) is after today"
        case .alreadyHolds(let held, let applying):
            return zh
                ? "已持有\(ConditionText.level(held, true))证书，不必再申报\(ConditionText.level(applying, true))"
                : "already holds a \(ConditionText.level(held, false)) certificate; \(ConditionText.level(applying, false)) adds nothing"
        case .notEligible(let level, let closest):
            let gaps = closest.gaps.map { ConditionText.gap($0, zh) }.joined(separator: zh ? "；" : "; ")
            return zh
                ? "不符合申报\(ConditionText.level(level, true))的条件。最接近的\(ConditionText.describe(closest.condition, true))。缺少：\(gaps)"
                : "not eligible for \(ConditionText.level(level, false)). Nearest is \(ConditionText.describe(closest.condition, false)). Missing: \(gaps)"
        case .noFolder(let expected):
            return zh
                ? "材料目录里没有此人的文件夹（以「姓名_身份证号码」或身份证号码命名，如「\(expected)」）"
                : "no folder for this applicant among the materials (name it 姓名_ID number or by the ID number, as \(expected))"
        case .severalFolders(let names):
            return zh
                ? "此人有 \(names.count) 个文件夹：\(names.joined(separator: "、"))，应只有一个"
                : "\(names.count) folders for this applicant: \(names.joined(separator: ", ")); one only"
        case .missingMaterial(let folder, let material):
            return zh ? "「\(folder)」缺少\(material)" : "\(folder) lacks the \(material)"
        case .missingPhoto(let folder, let expected):
            return zh ? "「\(folder)」缺少照片「\(expected)」" : "\(folder) lacks the photo \(expected)"
        case .photo(_, .wrongName(let found, let expected)):
            return PhotoProblem.wrongName(found: found, expected: expected).message(language)
        case .photo(let file, let problem):
            return (zh ? "「\(file)」" : "\(file): ") + problem.message(language)
        case .strayFolder(let name):
            return zh
                ? "文件夹「\(name)」对不上名单里的任何人（按身份证号码对照）"
                : "the folder \(name) matches nobody on the list (matched by ID number)"
        case .noGroupSheet:
            return zh
                ? "材料目录顶层没有集体申报的信息表（文件名含「信息表」的 .xlsx、.xls 或 .csv）"
                : "no group information sheet (信息表 .xlsx, .xls or .csv) at the materials folder's top level"
        case .severalGroupSheets(let names):
            return zh
                ? "材料目录顶层有 \(names.count) 份信息表：\(names.joined(separator: "、"))，集体申报只交一份"
                : "\(names.count) information sheets at the top level: \(names.joined(separator: ", ")); a group hands in one"
        case .unreadableMaterials:
            return zh ? "无法读取材料目录" : "cannot read the materials folder"
        }
    }
}
