import ContestCore
import QuestionBank

/// `报名检查.html`: the unit summary and every problem, to print on A4 and hand to the units.
///
/// Everything from the list is HTML-escaped: a name or unit typed as `<b>` shows as written.
public enum RegistrationPage {
    public static let fileName = "报名检查.html"

    public static func html(_ report: RegistrationReport, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var html = """
            <!DOCTYPE html>
            <html lang="\(zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <title>\(zh ? "报名检查" : "Registration check") · \(HTMLText.escape(report.file))</title>
            <style>
            \(AdminPageStyle.css)
            </style>
            </head>
            <body>
            <h1>\(zh ? "报名检查" : "Registration check")</h1>

            """
        html +=
            "<p class=\"meta\">\(HTMLText.escape(report.file)) · \(HTMLText.escape(rulesText(report.rules, zh)))</p>\n"
        html += "<p class=\"meta\">\(HTMLText.escape(countsText(report, zh)))</p>\n"
        html += "<h2>\(zh ? "报名汇总表" : "Units")</h2>\n"
        html += "<table>\n<thead><tr>"
        html += (zh ? ["单位", "人数", "村社区/窗口前台", "问题数"] : ["Unit", "Members", "村社区/窗口前台", "Problems"])
            .map { "<th>\($0)</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for unit in report.units {
            html += "<tr><td>\(HTMLText.escape(unit.unit))</td><td class=\"number\">\(unit.members)</td>"
            html += "<td class=\"number\">\(unit.frontline)</td><td class=\"number\">\(unit.problems)</td></tr>\n"
        }
        let total = report.total
        html += "<tr><th>\(zh ? "合计" : "Total")</th><td class=\"number\">\(total.members)</td>"
        html += "<td class=\"number\">\(total.frontline)</td><td class=\"number\">\(total.problems)</td></tr>\n"
        html += "</tbody>\n</table>\n"
        html += "<h2>\(zh ? "问题清单" : "Problems")</h2>\n"
        if report.diagnostics.isEmpty {
            html += "<p class=\"clean\">\(zh ? "没有发现问题。" : "No problems found.")</p>\n"
        } else {
            html += "<table>\n<thead><tr>"
            html += (zh ? ["行", "姓名", "身份证号码", "问题"] : ["Row", "Name", "ID number", "Problem"])
                .map { "<th>\($0)</th>" }.joined()
            html += "</tr></thead>\n<tbody>\n"
            for diagnostic in report.diagnostics {
                html += problemRow(diagnostic, report: report, language: language)
            }
            html += "</tbody>\n</table>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    private static func problemRow(_ diagnostic: AdminDiagnostic, report: RegistrationReport, language: Language)
        -> String
    {
        let zh = language == .chinese
        let entrant = report.entrant(for: diagnostic)
        let row = diagnostic.location.map { "\(RegistrationReport.row(of: $0))" } ?? ""
        let mark: String
        switch diagnostic.severity {
        case .error: mark = "<span class=\"mark error\">\(zh ? "错误" : "error")</span>"
        case .warning: mark = "<span class=\"mark warning\">\(zh ? "警告" : "warning")</span>"
        }
        return "<tr><td class=\"number\">\(row)</td><td>\(HTMLText.escape(entrant?[.name] ?? ""))</td>"
            + "<td class=\"id\">\(HTMLText.escape(entrant.map { ResidentID.masked($0[.residentID]) } ?? ""))</td>"
            + "<td>\(mark) \(HTMLText.escape(diagnostic.message(language)))</td></tr>\n"
    }

    static func rulesText(_ rules: RegistrationRules?, _ zh: Bool) -> String {
        switch rules {
        case .siyang: zh ? "泗阳规则" : "泗阳 rules"
        case .jiangyin: zh ? "江阴规则" : "江阴 rules"
        case nil: zh ? "仅逐行检查" : "row checks only"
        }
    }

    static func countsText(_ report: RegistrationReport, _ zh: Bool) -> String {
        zh
            ? "\(report.entrants.count) 人，\(report.units.count) 个单位；\(report.errorCount) 个错误，\(report.warningCount) 个警告"
            : "\(report.entrants.count) entrants, \(report.units.count) units; \(report.errorCount) errors, \(report.warningCount) warnings"
    }
}
