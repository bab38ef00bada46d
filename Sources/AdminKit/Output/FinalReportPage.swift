import ContestCore
import QuestionBank

/// `决赛报告.html`: ranking and awards, the score sheet, then the arbitration record, to print and sign.
///
/// The header carries the journal's SHA-256 and how to check it, so the printed record can be
/// matched to the file by anyone with `sha256sum`.
public enum FinalReportPage {
    public static let fileName = "决赛报告.html"

    static let css = """
        table.audit { font-size: 7.5pt; }
        table.audit td, table.audit th { padding: 0.5mm 1mm; }
        table.audit td:nth-child(8) { font-family: "Noto Sans Mono CJK SC", monospace; }
        table.audit td:nth-child(2), table.audit td:nth-child(4), table.audit td:nth-child(9) { white-space: nowrap; }
        tr.buzz td { font-weight: bold; }
        p.digest { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 9pt; word-break: break-all; }
        p.warning { border: 1px solid #999; padding: 1mm 2mm; }
        """

    public static func html(_ report: FinalReport, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(
            title: report.title + (zh ? " · 决赛报告" : " · final report"), language: language, extraCSS: css)
        let journal = report.journal
        page.meta(
            zh
                ? "日志 \(journal.path)：\(journal.byteCount) 字节，\(journal.entries.count) 条操作；开始于 \(FinalReport.wallClock(journal.header.createdAt))（北京时间）"
                : "journal \(journal.path): \(journal.byteCount) bytes, \(journal.entries.count) commands; begun \(FinalReport.wallClock(journal.header.createdAt)) (Beijing time)"
        )
        page.raw("<p class=\"digest\">SHA-256 \(HTMLText.escape(journal.digest))</p>\n")
        page.paragraph(
            zh
                ? "核对方法：在日志所在目录运行 sha256sum journal.qcj，输出应与上面的摘要完全一致。"
                : "To check: run sha256sum journal.qcj beside the journal; it must print exactly the digest above.")
        for warning in report.warnings {
            page.raw(
                "<p class=\"warning\">\(page.mark(warning.severity)) \(HTMLText.escape(warning.message(language)))</p>\n"
            )
        }
        page.heading(zh ? "名次与奖项" : "Ranking and awards")
        page.table(
            zh ? ["名次", "队伍", "单位", "总分", "奖项", "队员"] : ["Rank", "Team", "Unit", "Total", "Award", "Players"],
            report.awards.lines.map { line in
                [
                    .number(line.rank), .text(line.name), .text(report.unit(line.team)),
                    .number(line.total.description),
                    .text(report.award(line, language)), .text(report.players(line.team).joined(separator: "、")),
                ]
            })
        page.heading(zh ? "成绩表" : "Score sheet")
        page.table(
            (zh ? ["名次", "队伍"] : ["Rank", "Team"]) + report.segmentTitles
                + (zh ? ["更正", "总分"] : ["Corrections", "Total"]),
            report.standings.map { standing in
                [.number(standing.rank), .text(standing.name)] + standing.bySegment.map { .number($0.description) }
                    + [.number(standing.corrections.description), .number(standing.total.description)]
            })
        page.heading(zh ? "仲裁记录" : "Arbitration record")
        page.paragraph(
            zh
                ? "日志中每条已接受的操作一行（被拒绝的操作不写入日志）。内核时间为服务器内核收到抢答的时刻（微秒）；差距为与同一题同一轮下一队有效抢答之差（毫秒）。"
                : "One row per accepted command of the journal (refused commands are never journaled). Kernel time is when the server's kernel received the buzz (µs); the margin is the gap to the next team's valid buzz in the same round of the question (ms)."
        )
        page.raw(auditTable(report, zh: zh))
        return page.html
    }

    private static func auditTable(_ report: FinalReport, zh: Bool) -> String {
        let headers =
            zh
            ? ["序号", "时间", "环节", "题目", "操作者", "操作", "结果", "内核时间", "差距 ms", "备注/理由"]
            : ["No.", "Time", "Segment", "Question", "By", "Command", "Result", "Kernel time", "Margin ms", "Note"]
        var html = "<table class=\"audit\">\n<thead><tr>" + headers.map { "<th>\(HTMLText.escape($0))</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in report.audit {
            let cells = [
                "\(row.number)",
                FinalReport.elapsed(row.elapsed) + "\n" + String(FinalReport.wallClock(row.at).dropFirst(11)),
                row.segment, row.question, row.actor, row.action, row.result, row.kernelTime.map { "\($0)" } ?? "",
                row.margin.map(AuditTrail.milliseconds) ?? "", row.note,
            ]
            html += "<tr\(row.isBuzz ? " class=\"buzz\"" : "")>"
            html += cells.map { "<td>" + HTMLText.escape($0).replacingOccurrences(of: "\n", with: "<br>") + "</td>" }
                .joined()
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
