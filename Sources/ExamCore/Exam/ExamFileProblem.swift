import ContestCore
import StrictFiles

/// One thing wrong with an exam file that its shape alone does not show, worded for the organiser.
public enum ExamFileProblem: Error, Sendable, Hashable {
    /// The strict read refused the file: not JSON, an unknown key, a value of the wrong kind.
    case rules(RulesFileError)
    case emptyRoster
    /// `candidates[index]` has no admission number.
    case blankAdmissionNumber(index: Int)
    /// The same admission number on two lines of `candidates` (0-based indices).
    case duplicateCandidate(String, first: Int, again: Int)
    case badStart(String)
    /// The exam's length in minutes, as given or taken from the paper, is not positive.
    case durationNotPositive(Int)
    case negative(path: String)
    case shareOutOfRange(path: String)
    case seedTooLarge
    case paperUnreadable(String)
    /// The file named by `paper` is JSON but not what `quiz-admin prelim paper` writes.
    case notAWrittenPaper(String)
    case newerPaperVersion(String, version: Int)
    case synonymsForUnknownQuestion(String)
    case synonymsForNonFill(String)
    case passMarkAbovePaper(Points, total: Points)

    /// The problem in the organiser's language, without the file's name (`ExamFileError` adds it).
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .rules(let error): return error.message(language)
        case .emptyRoster:
            return zh ? "「candidates」没有考生，请列出每位考生的准考证号、姓名和单位" : "candidates: the roster is empty"
        case .blankAdmissionNumber(let index):
            return zh ? "「candidates[\(index)]」没有准考证号" : "candidates[\(index)]: no admission number"
        case .duplicateCandidate(let number, let first, let again):
            return zh
                ? "「candidates[\(again)]」的准考证号 \(number) 与 candidates[\(first)] 重复"
                : "candidates[\(again)]: admission number \(number) repeats candidates[\(first)]"
        case .badStart(let text):
            return zh
                ? "「start」的时间「\(text)」看不懂，请写成 2026-12-10T09:00:00+08:00 这样带时区的形式，或留空表示开服即开考"
                : "start: cannot read \"\(text)\"; write it like 2026-12-10T09:00:00+08:00, or leave it empty"
        case .durationNotPositive(let minutes):
            return zh
                ? "「durationMinutes」考试时长须大于 0 分钟（现为 \(minutes)）"
                : "durationMinutes: the exam must last more than 0 minutes (it is \(minutes))"
        case .negative(let path):
            return zh ? "「\(path)」不能小于 0" : "\(path): must not be negative"
        case .shareOutOfRange(let path):
            return zh ? "「\(path)」须在 0 到 1 之间" : "\(path): must be between 0 and 1"
        case .seedTooLarge:
            return zh ? "「seed」不能大于 9007199254740991" : "seed: must be at most 9007199254740991"
        case .paperUnreadable(let paper):
            return zh ? "无法读取试卷文件 \(paper)" : "cannot read the paper \(paper)"
        case .notAWrittenPaper(let paper):
            return zh
                ? "\(paper) 不是 quiz-admin prelim paper 生成的试卷文件（paper.json）"
                : "\(paper) is not a paper written by quiz-admin prelim paper (paper.json)"
        case .newerPaperVersion(let paper, let version):
            return zh
                ? "试卷文件 \(paper) 是第 \(version) 版格式，本程序只认识到第 \(WrittenPaper.currentVersion) 版，请更新程序"
                : "the paper \(paper) is format version \(version); this build reads up to \(WrittenPaper.currentVersion)"
        case .synonymsForUnknownQuestion(let id):
            return zh
                ? "「grading.synonyms.\(id)」试卷中没有编号为 \(id) 的题目"
                : "grading.synonyms.\(id): the paper has no question \(id)"
        case .synonymsForNonFill(let id):
            return zh
                ? "「grading.synonyms.\(id)」只有填空题可以设同义答案"
                : "grading.synonyms.\(id): only fill-in questions take synonyms"
        case .passMarkAbovePaper(let mark, let total):
            return zh
                ? "「passMark」及格分 \(mark) 高于试卷总分 \(total)"
                : "passMark: \(mark) is above the paper's total of \(total)"
        }
    }
}
