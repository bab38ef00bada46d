import ContestCore
import QuestionBank

/// `资格审核.html`: the counts, each applicant's verdict, the materials found wanting, on A4 for the review panel.
public enum CertificationPage {
    public static let fileName = "资格审核.html"

    static let extraCSS = """
        .verdict { font-weight: bold; white-space: nowrap; }
        .verdict.no { text-decoration: underline; }
        .basis { font-size: 9.5pt; }
        td:nth-child(2) { white-space: nowrap; }
        .note { font-size: 9pt; color: #444; }

        """

    public static func html(_ report: CertificationReport, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(
            title: zh ? "职业技能等级认定资格审核" : "Certification eligibility", language: language, extraCSS: extraCSS)
        page.meta(
            "\(report.file) · \(zh ? "申报" : "applying for ")\(ConditionText.level(report.level, zh)) · \(zh ? "政务服务综合窗口办事员" : "政务服务综合窗口办事员")"
        )
        page.meta(countsText(report, zh))
        page.heading(zh ? "汇总" : "Summary")
        page.table(zh ? ["依据", "人数"] : ["Basis", "Applicants"], summaryRows(report, zh))
        page.heading(zh ? "资格审核" : "Verdicts")
        page.table(
            zh
                ? ["行", "姓名", "单位", "身份证号码", "结论", "依据/缺少"]
                : ["Row", "Name", "Unit", "ID number", "Verdict", "Basis / missing"],
            report.verdicts.map { verdict in
                let applicant = verdict.applicant
                let word = HTMLText.escape(CertificationSheets.conclusion(verdict, language))
                return [
                    .number(applicant.rowNumber), .text(applicant[.name]), .text(applicant[.unit]),
                    .id(ResidentID.masked(applicant[.residentID])),
                    .markup("<span class=\"verdict \(verdict.isEligible ? "yes" : "no")\">\(word)</span>"),
                    .markup(
                        "<span class=\"basis\">"
                            + HTMLText.escape(CertificationSheets.basis(verdict, report, language)) + "</span>"),
                ]
            })
        if report.materialsChecked {
            page.heading(zh ? "材料检查" : "Materials")
            let problems = report.materialsProblems
            if problems.isEmpty {
                page.paragraph(
                    zh ? "每人的材料都齐全，信息表一份。" : "Every applicant's files are there, and one information sheet.",
                    class: "clean")
            } else {
                page.table(
                    zh ? ["行", "姓名", "问题"] : ["Row", "Name", "Problem"], problemRows(problems, report, page, language))
            }
            page.paragraph(
                zh
                    ? "申报表和诚信承诺书上的签名无法由程序核验，这里只检查文件是否提交，请人工查看签名。"
                    : "Signatures on the application form and the pledge cannot be verified by a program: only their presence is checked.",
                class: "note")
        }
        let others = report.diagnostics.filter {
            if case .notEligible = $0.problem { return false }
            return !$0.problem.isAboutMaterials
        }
        if !others.isEmpty {
            page.heading(zh ? "名单问题" : "Problems in the list")
            page.table(
                zh ? ["行", "姓名", "问题"] : ["Row", "Name", "Problem"], problemRows(others, report, page, language))
        }
        return page.html
    }

    /// One line per qualifying condition with its count, then 不符合.
    static func summaryRows(_ report: CertificationReport, _ zh: Bool) -> [[ReportPage.Cell]] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for verdict in report.verdicts {
            guard let eligibility = verdict.eligibility, eligibility.isEligible else { continue }
            let text = ConditionText.describe(eligibility.condition, zh)
            if counts[text] == nil { order.append(text) }
            counts[text, default: 0] += 1
        }
        let rejected = report.verdicts.count - report.eligibleCount
        return order.map { [.text($0), .number(counts[$0] ?? 0)] }
            + [[.text(zh ? "不符合" : "not eligible"), .number(rejected)]]
            + [[.text(zh ? "合计" : "Total"), .number(report.verdicts.count)]]
    }

    private static func problemRows(
        _ diagnostics: [CertificationDiagnostic], _ report: CertificationReport, _ page: ReportPage,
        _ language: Language
    ) -> [[ReportPage.Cell]] {
        diagnostics.map { diagnostic in
            let applicant = diagnostic.location.flatMap { location in
                diagnostic.file == report.file ? report.verdicts.first { $0.applicant.rowNumber == location.row } : nil
            }?.applicant
            return [
                .number(diagnostic.location.map { "\($0.row)" } ?? ""), .text(applicant?[.name] ?? ""),
                .markup(page.mark(diagnostic.severity) + " " + HTMLText.escape(diagnostic.message(language))),
            ]
        }
    }

    static func countsText(_ report: CertificationReport, _ zh: Bool) -> String {
        let total = report.verdicts.count
        let eligible = report.eligibleCount
        let materials =
            report.materialsChecked
            ? (zh ? "材料问题 \(report.materialsProblems.count) 个" : "\(report.materialsProblems.count) materials problems")
            : (zh ? "未检查材料" : "materials not checked")
        return zh
            ? "\(total) 人申报\(ConditionText.level(report.level, true))：\(eligible) 人可以申报，\(total - eligible) 人不符合；\(materials)；\(ProblemCounts.text(errors: report.errorCount, warnings: report.warningCount, true))"
            : "\(total) applicants for \(ConditionText.level(report.level, false)): \(eligible) eligible, \(total - eligible) not; \(materials); \(ProblemCounts.text(errors: report.errorCount, warnings: report.warningCount, false))"
    }
}
