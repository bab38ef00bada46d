import ContestCore
import QuestionBank

/// `报名检查.html`: the unit summary and every problem, to print on A4 and hand to the units.
public enum RegistrationPage {
    public static let fileName = "报名检查.html"

    public static func html(_ report: RegistrationReport, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(title: zh ? "报名检查" : "Registration check", language: language)
        page.meta("\(report.file) · \(rulesText(report.rules, zh))")
        page.meta(countsText(report, zh))
        page.heading(zh ? "报名汇总表" : "Units")
        let total = report.total
        page.table(
            zh ? ["单位", "人数", "村社区/窗口前台", "问题数"] : ["Unit", "Members", "村社区/窗口前台", "Problems"],
            report.units.map { [.text($0.unit), .number($0.members), .number($0.frontline), .number($0.problems)] },
            footer: [
                .text(zh ? "合计" : "Total"), .number(total.members), .number(total.frontline), .number(total.problems),
            ])
        page.heading(zh ? "问题清单" : "Problems")
        if report.diagnostics.isEmpty {
            page.paragraph(zh ? "没有发现问题。" : "No problems found.", class: "clean")
        } else {
            page.table(
                zh ? ["行", "姓名", "身份证号码", "问题"] : ["Row", "Name", "ID number", "Problem"],
                report.diagnostics.map { diagnostic in
                    let entrant = report.entrant(for: diagnostic)
                    return [
                        .number(diagnostic.location.map { "\($0.row)" } ?? ""), .text(entrant?[.name] ?? ""),
                        .id(entrant.map { ResidentID.masked($0[.residentID]) } ?? ""),
                        .markup(page.mark(diagnostic.severity) + " " + HTMLText.escape(diagnostic.message(language))),
                    ]
                })
        }
        return page.html
    }

    static func rulesText(_ rules: RegistrationRules, _ zh: Bool) -> String {
        if rules == .none { return zh ? "仅逐行检查" : "row checks only" }
        if rules.name.isEmpty { return zh ? "规则文件" : "rules file" }
        return zh ? "\(rules.name)规则" : "\(rules.name) rules"
    }

    static func countsText(_ report: RegistrationReport, _ zh: Bool) -> String {
        zh
            ? "\(report.entrants.count) 人，\(report.units.count) 个单位；\(ProblemCounts.text(errors: report.errorCount, warnings: report.warningCount, true))"
            : "\(report.entrants.count) entrants, \(report.units.count) units; \(ProblemCounts.text(errors: report.errorCount, warnings: report.warningCount, false))"
    }
}
