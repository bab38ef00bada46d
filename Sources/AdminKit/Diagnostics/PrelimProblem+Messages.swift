import ContestCore
import QuestionBank

extension PrelimProblem {
    /// The message in plain words, naming the section, type or question and what to change.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .reading(let problem):
            return problem.message(language)
        case .badTimeLimit(let minutes):
            return zh
                ? "「timeLimitMinutes」应为正整数分钟，写的是 \(minutes)"
                : "timeLimitMinutes must be a positive number of minutes, not \(minutes)"
        case .badShare(let share):
            return zh ? "「bankShare」应在 0 到 1 之间，写的是 \(share)" : "bankShare must lie between 0 and 1, not \(share)"
        case .noSections:
            return zh ? "「sections」没有题型：试卷至少要有一种题型" : "sections is empty: the paper needs at least one question type"
        case .unknownType(let section, let written):
            return zh
                ? "第 \(section + 1) 个题型「\(written)」不是题型：应为 单选题、多选题、判断题、填空题、简答题 或 论述题"
                : "section \(section + 1): \(written) is no question type; use 单选题, 多选题, 判断题, 填空题, 简答题 or 论述题"
        case .repeatedType(let section, let type):
            return zh
                ? "第 \(section + 1) 个题型「\(type.chineseName)」重复：每种题型只写一次"
                : "section \(section + 1): \(type.chineseName) is listed twice; list each type once"
        case .badCount(let section, let count):
            return zh
                ? "第 \(section + 1) 个题型的题数「count」应为正整数，写的是 \(count)"
                : "section \(section + 1): count must be a positive whole number, not \(count)"
        case .badPoints(let section, let points):
            return zh
                ? "第 \(section + 1) 个题型的每题分值「points」应大于 0，写的是 \(points)"
                : "section \(section + 1): points must be above 0, not \(points)"
        case .bankHasErrors(let count):
            return zh
                ? "题库有 \(count) 个错误，未出卷：请先改正（quiz-server bank check）"
                : "the bank has \(count) error(s); no paper drawn: correct them first (quiz-server bank check)"
        case .noOwnFile:
            return zh
                ? "未给出自有题文件（--own）：全部试题从题库抽取"
                : "no own question file (--own): every question is drawn from the bank"
        case .tooFew(let type, let source, let needed, let available):
            let from = source == .bank ? (zh ? "题库" : "the bank") : (zh ? "自有题文件" : "the own file")
            return zh
                ? "\(type.chineseName)需要从\(from)抽 \(needed) 题，符合条件的只有 \(available) 题"
                : "\(type.chineseName) needs \(needed) question(s) from \(from), only \(available) match"
        case .sameQuestion(let id, let other, let file, let sameStem):
            let why = sameStem ? (zh ? "题干相同" : "has the same stem as") : (zh ? "编号相同" : "has the same id as")
            return zh
                ? "试题 \(id) 与 \(file) 的 \(other) \(why)，按同一题处理，只保留 \(other)"
                : "question \(id) \(why) \(other) in \(file); treated as one question, only \(other) is kept"
        }
    }
}
