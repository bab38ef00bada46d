import ContestCore
import QuestionBank

/// `台账检查.html` and `ledger-check.csv`: each centre's staff, certificates and quota, then every problem with its row.
public enum LedgerCheckPage {
    public static let fileName = "台账检查.html"
    public static let csvFileName = "ledger-check.csv"

    static let extraCSS = """
        td:nth-child(1), td:nth-child(2), td:nth-child(3) { white-space: nowrap; }
        .clean { font-weight: bold; }

        """

    /// One problem as both outputs list it: where, whose, and what.
    struct Line {
        var row: String
        var centre: String
        var name: String
        var residentID: String
        var severity: Severity
        var message: String
    }

    /// The roster's reading problems, then the findings, in the order the command prints them.
    static func lines(_ report: LedgerCheckReport, _ language: Language) -> [Line] {
        let rosterLines = report.roster.diagnostics.map { diagnostic in
            let clerk = diagnostic.location.flatMap { report.clerk(atRow: $0.row) }
            return Line(
                row: diagnostic.location.map { "\($0.row)" } ?? "", centre: clerk?.centre ?? "",
                name: clerk?.name ?? "",
                residentID: clerk.map { ResidentID.masked($0.residentID) } ?? "", severity: diagnostic.severity,
                message: diagnostic.message(language))
        }
        let findingLines = report.entries.map { entry in
            let diagnostic = entry.diagnostic
            let row = diagnostic.location.map {
                diagnostic.file == report.roster.file ? "\($0.row)" : "\(diagnostic.file):\($0.row)"
            }
            return Line(
                row: row ?? "", centre: entry.centre, name: entry.clerk?.name ?? "",
                residentID: entry.clerk.map { ResidentID.masked($0.residentID) } ?? "", severity: diagnostic.severity,
                message: diagnostic.message(language))
        }
        return rosterLines + findingLines
    }

    /// 行, 中心, 姓名, 身份证号码 (masked), 问题 — the problem led by 错误 or 警告.
    public static func csv(_ report: LedgerCheckReport, language: Language = .chinese) -> [UInt8] {
        let zh = language == .chinese
        var rows = [["行", "中心", "姓名", "身份证号码", "问题"]]
        for line in lines(report, language) {
            let word = line.severity == .error ? (zh ? "错误" : "error") : (zh ? "警告" : "warning")
            rows.append([line.row, line.centre, line.name, line.residentID, "\(word)\(zh ? "：" : ": ")\(line.message)"])
        }
        return CSVDocument.bytes(rows)
    }

    public static func html(_ report: LedgerCheckReport, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(
            title: zh ? "综合窗口办事员台账检查" : "Window clerks' ledger check", language: language, extraCSS: extraCSS)
        page.meta("\(report.roster.file) · \(zh ? "检查日期" : "checked on") \(report.today)")
        page.meta(countsText(report, zh))
        page.paragraph(staffingText(report, zh))
        page.heading(zh ? "各中心" : "Centres")
        let summaries = report.summaries
        page.table(
            zh
                ? ["中心", "在岗人数", "持证人数", "好超额月份", "问题数"]
                : ["Centre", "On post", "Certified", "Months over the 好 quota", "Problems"],
            summaries.map { summary in
                [
                    .text(summary.centre), .number(summary.staff), .number(summary.certified),
                    .text(
                        summary.overQuotaMonths.isEmpty
                            ? (zh ? "无" : "none")
                            : summary.overQuotaMonths.map(\.description).joined(separator: zh ? "、" : ", ")),
                    .number(summary.problems),
                ]
            },
            footer: [
                .text(zh ? "合计" : "Total"), .number(summaries.map(\.staff).reduce(0, +)),
                .number(summaries.map(\.certified).reduce(0, +)),
                .number(summaries.map(\.overQuotaMonths.count).reduce(0, +)),
                .number(report.errorCount + report.warningCount),
            ])
        page.heading(zh ? "问题" : "Problems")
        let lines = lines(report, language)
        if lines.isEmpty {
            page.paragraph(zh ? "没有发现问题。" : "No problems found.", class: "clean")
        } else {
            page.table(
                zh ? ["行", "中心", "姓名", "身份证号码", "问题"] : ["Row", "Centre", "Name", "ID number", "Problem"],
                lines.map { line in
                    [
                        .text(line.row), .text(line.centre), .text(line.name), .id(line.residentID),
                        .markup(page.mark(line.severity) + " " + HTMLText.escape(line.message)),
                    ]
                })
        }
        return page.html
    }

    /// `花名册.csv: 12 名办事员，2 个中心；3 个错误，1 个警告`, without the file.
    static func countsText(_ report: LedgerCheckReport, _ zh: Bool) -> String {
        let (clerks, centres) = (report.roster.clerks.count, report.roster.centres.count)
        return zh
            ? "\(clerks) 名办事员，\(centres) 个中心；\(ProblemCounts.text(errors: report.errorCount, warnings: report.warningCount, true))"
            : "\(clerks) clerks, \(centres) centres; \(ProblemCounts.text(errors: report.errorCount, warnings: report.warningCount, false))"
    }

    /// Whether staffing was checked, and against which file.
    static func staffingText(_ report: LedgerCheckReport, _ zh: Bool) -> String {
        guard let centres = report.centres else {
            return zh
                ? "未给中心表（--centres），窗口配备未检查。"
                : "Staffing not checked: no centres file (--centres)."
        }
        guard centres.isRead else {
            return zh
                ? "中心表 \(centres.file) 读不出，窗口配备未检查。"
                : "Staffing not checked: the centres file \(centres.file) cannot be read."
        }
        return zh
            ? "窗口配备按中心表 \(centres.file) 检查（\(centres.centres.count) 个中心）。"
            : "Staffing checked against \(centres.file) (\(centres.centres.count) centres)."
    }
}
