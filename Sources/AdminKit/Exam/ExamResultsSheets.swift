import ContestCore
import ExamCore

/// The CSV files of `exam results`, headers in Chinese whatever `--lang` says, via `CSVDocument`.
///
/// `综合成绩.csv` and `初赛成绩.csv` are written in the columns `composite rank` and `prelim rank` read,
/// so the next step needs no retyping. The exam's roster has no resident ID, so their 身份证号码 column
/// carries the admission number, which is as unique, under the header `身份证号码（准考证号）`; the
/// rankers read the header up to its bracket. A score that is not final is left blank there, so a
/// ranker refuses that row by its cell rather than rank on a provisional score.
public enum ExamResultsSheets {
    public static let theoryFileName = "理论成绩.csv"
    public static let questionsFileName = "每题统计.csv"
    public static let practicalFileName = "实操成绩.csv"
    public static let compositeFileName = "综合成绩.csv"
    public static let prelimFileName = "初赛成绩.csv"

    /// The header of the ranking files' ID column.
    static let idHeader = "身份证号码（准考证号）"

    public static func theory(_ results: ExamResults) -> [UInt8] {
        var rows = [
            ["准考证号", "姓名", "单位", "客观题得分", "主观题得分", "理论成绩", "是否合格", "交卷时间", "答题用时", "状态", "名次", "备注"]
        ]
        for line in results.theory {
            rows.append([
                line.candidate.candidate, line.candidate.name, line.candidate.unit, "\(line.objective)",
                text(line.subjective), text(line.total), passText(line, results.passMark, true),
                line.finishedAt.map(BeijingTime.stamp) ?? "", line.seconds.map(AnsweringTime.text) ?? "",
                line.status.text(true), line.rank.map(String.init) ?? "", note(line, true),
            ])
        }
        return CSVDocument.bytes(rows)
    }

    public static func questions(_ results: ExamResults) -> [UInt8] {
        var rows = [["题号", "题型", "题干", "满分", "参考人数", "作答人数", "答对人数", "正确率", "平均得分", "平均用时", "备注"]]
        for line in results.questions {
            rows.append([
                "\(line.item.number)", line.item.type.chineseName, line.item.stem, "\(line.item.points)", "\(line.sat)",
                "\(line.answered)", line.right.map(String.init) ?? "", line.correctRate ?? "", text(line.meanPoints),
                AnsweringTime.text(line.meanSeconds), note(line, true),
            ])
        }
        return CSVDocument.bytes(rows)
    }

    public static func practical(_ results: ExamResults) -> [UInt8] {
        var rows = [["出场顺序", "准考证号", "姓名"] + results.judges.map(\.name) + ["最终得分", "状态"]]
        for line in results.practical {
            rows.append(
                ["\(line.contestant.order)", line.contestant.id, line.contestant.name] + line.totals.map(text)
                    + [text(line.score), line.status(true)])
        }
        return CSVDocument.bytes(rows)
    }

    /// `composite rank`'s columns: the theory total, the practical score and the answering time.
    public static func composite(_ results: ExamResults) -> [UInt8] {
        let practical = Dictionary(
            results.practical.map { ($0.contestant.id, $0.score) }, uniquingKeysWith: { first, _ in first })
        var rows = [["准考证号", "姓名", "单位", idHeader, "理论成绩", "实操成绩", "答题用时"]]
        for line in results.theory {
            let id = line.candidate.candidate
            rows.append([
                id, line.candidate.name, line.candidate.unit, id, text(line.total), text(practical[id] ?? nil),
                time(line),
            ])
        }
        return CSVDocument.bytes(rows)
    }

    /// `prelim rank`'s columns: the theory total as 笔试成绩, the answering time carried as 用时.
    public static func prelim(_ results: ExamResults) -> [UInt8] {
        var rows = [["准考证号", "单位", "姓名", idHeader, "笔试成绩", "用时"]]
        for line in results.theory {
            let id = line.candidate.candidate
            rows.append([id, line.candidate.unit, line.candidate.name, id, text(line.total), time(line)])
        }
        return CSVDocument.bytes(rows)
    }

    /// The answering time as the rankers read it; an absent candidate spent none, an open paper has none yet.
    static func time(_ line: TheoryResult) -> String {
        line.status == .absent ? AnsweringTime.text(0) : line.seconds.map(AnsweringTime.text) ?? ""
    }

    static func text(_ points: Points?) -> String { points?.description ?? "" }

    /// 合格, 不合格, or blank while there is no total.
    static func passText(_ line: TheoryResult, _ mark: Points, _ zh: Bool) -> String {
        switch line.passed(mark) {
        case true?: zh ? "合格" : "pass"
        case false?: zh ? "不合格" : "fail"
        case nil: ""
        }
    }

    /// Why a line is provisional and what the proctors did: `主观题待评 1 题；延时 10 分钟（电脑故障）`.
    static func note(_ line: TheoryResult, _ zh: Bool) -> String {
        var parts: [String] = []
        if line.status == .answering { parts.append(zh ? "试卷未交，成绩暂缺" : "still open") }
        if line.pending > 0 {
            parts.append(zh ? "主观题待评 \(line.pending) 题" : "\(line.pending) to mark")
        }
        parts += line.actions.map { action in
            switch action.kind {
            case .extended(let minutes):
                zh ? "延时 \(minutes) 分钟（\(action.reason)）" : "extended \(minutes) min (\(action.reason))"
            case .reopened: zh ? "重新开卷（\(action.reason)）" : "reopened (\(action.reason))"
            case .admittedLate: zh ? "迟到准入（\(action.reason)）" : "admitted late (\(action.reason))"
            }
        }
        return parts.joined(separator: zh ? "；" : "; ")
    }

    /// `部分正确 2 人` for multiple choice under partial rules, `待评 3 份` for scripts without a final mark.
    static func note(_ line: QuestionResult, _ zh: Bool) -> String {
        var parts: [String] = []
        if let partial = line.partial, partial > 0 {
            parts.append(zh ? "部分正确 \(partial) 人" : "\(partial) partly right")
        }
        if line.pending > 0 { parts.append(zh ? "待评 \(line.pending) 份" : "\(line.pending) awaiting marks") }
        return parts.joined(separator: zh ? "；" : "; ")
    }
}
