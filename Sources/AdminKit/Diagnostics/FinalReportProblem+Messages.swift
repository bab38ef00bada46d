import ContestCore
import QuestionBank

extension FinalReportProblem {
    /// The message in plain words, saying what to do next where there is something to do.
    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch self {
        case .reading(let problem):
            return (zh ? "题库：" : "bank: ") + problem.message(language)
        case .missingFolder:
            return zh ? "数据目录不存在（应为 quiz-server --data 的目录）" : "no such data folder (the one quiz-server --data used)"
        case .noJournal:
            return zh ? "目录中没有 journal.qcj：这不是决赛的数据目录" : "no journal.qcj here: this is not a final's data folder"
        case .unreadableFile(let reason):
            return zh ? "无法读取：\(reason)" : "cannot read: \(reason)"
        case .badContestFile(let reason):
            return zh ? "比赛文件有误：\(reason)" : "the contest file is wrong: \(reason)"
        case .damaged(let record, let offset, let reason):
            return zh
                ? "第 \(record) 条记录（第 1 条为文件头）在字节偏移 \(offset) 处已损坏（\(reason)），其后还有记录：日志不完整，不生成报告。文件未作改动，请保留并联系技术人员"
                : "record \(record) (record 1 is the header) at byte offset \(offset) is damaged (\(reason)) with records after it: no report from a broken journal. The file is left as it is; keep it"
        case .unreadableRecord(let record, let reason):
            return zh
                ? "第 \(record) 条记录（第 1 条为文件头）无法读取（\(reason)）"
                : "record \(record) (record 1 is the header) cannot be read (\(reason))"
        case .otherContest(let what):
            return zh
                ? "日志属于另一场比赛（\(what)不同）：请用服务器当时的比赛文件和题库（--contest、--bank）"
                : "the journal belongs to another contest (its \(what) differs): give the contest file and bank the server ran with (--contest, --bank)"
        case .newerVersion(let found):
            return zh
                ? "日志是较新版本的服务器写的（格式第 \(found) 版），请用更新的 quiz-admin"
                : "the journal was written by a newer server (format \(found)); use a newer quiz-admin"
        case .tornTail(let record, let bytes):
            return zh
                ? "第 \(record) 条记录未写完整（\(bytes) 字节）：服务器可能仍在运行或曾异常退出；报告只含此前的记录"
                : "record \(record) is incomplete (\(bytes) bytes): the server may still be running or died mid-write; the report holds the records before it"
        case .notFinished:
            return zh
                ? "比赛尚未结束（没有「结束比赛」的记录）：这是截至目前的成绩，不是最终结果"
                : "the contest is not finished (no finishContest in the journal): these are the scores so far, not the result"
        case .awaitingTieBreak(let teams):
            let names = teams.joined(separator: zh ? "、" : ", ")
            return zh
                ? "\(names) 同分跨越奖项分界，须加赛后才能确定奖项"
                : "\(names) are tied across an award boundary: their awards wait for a tie-break"
        }
    }
}
