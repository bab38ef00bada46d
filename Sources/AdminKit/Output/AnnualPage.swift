import ContestCore
import QuestionBank

/// `年度考核.html`: the year's grades per centre, the counts per grade, and who may need a change of post, on A4.
public enum AnnualPage {
    public static let fileName = "年度考核.html"

    static let extraCSS = """
        .basis { font-size: 9pt; }
        td:nth-child(2), td:nth-child(3), td:nth-child(7) { white-space: nowrap; }
        h2 { break-after: avoid; }
        table { margin-bottom: 3mm; }
        .grade { font-weight: bold; }
        .post { font-weight: bold; text-decoration: underline; }

        """

    static let graded: [AnnualGrade] = [.excellent, .competent, .basic, .incompetent, .unrated]

    public static func html(_ grading: AnnualGrading, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(
            title: zh ? "\(grading.year) 年度综合窗口人员考核等次" : "Window clerks' annual grades, \(grading.year)",
            language: language, extraCSS: extraCSS)
        page.meta("\(grading.file) · \(countsText(grading, zh))")
        page.heading(zh ? "各等次人数" : "Clerks per grade")
        let gradeNames = graded.map { $0.name(language) }
        page.table(
            [zh ? "中心" : "Centre"] + gradeNames + [zh ? "建议调岗" : "Change of post", zh ? "合计" : "Total"],
            grading.centres.map { centre, assessments in
                [.text(centre)] + graded.map { .number(grading.count(of: $0, in: centre)) }
                    + [.number(assessments.filter(\.suggestsChangeOfPost).count), .number(assessments.count)]
            },
            footer: [.text(zh ? "合计" : "Total")] + graded.map { .number(grading.count(of: $0)) }
                + [
                    .number(grading.assessments.filter(\.suggestsChangeOfPost).count),
                    .number(grading.assessments.count),
                ])
        let headers =
            zh
            ? ["序号", "姓名", "年度等次", "好", "一般", "差", "建议调岗", "依据"]
            : ["No.", "Name", "Grade", "Good", "Fair", "Poor", "Change of post", "Basis"]
        for (centre, assessments) in grading.centres {
            page.heading(centre.isEmpty ? (zh ? "（未填中心）" : "(no centre)") : centre)
            page.table(
                headers,
                assessments.enumerated().map { index, assessment in
                    let post = HTMLText.escape(assessment.changeOfPost(language))
                    return [
                        .number(index + 1), .text(assessment.clerk.name),
                        .markup("<span class=\"grade\">\(HTMLText.escape(assessment.grade.name(language)))</span>"),
                        .number(assessment.good), .number(assessment.fair), .number(assessment.poor),
                        .markup(assessment.suggestsChangeOfPost ? "<span class=\"post\">\(post)</span>" : post),
                        .markup("<span class=\"basis\">\(HTMLText.escape(assessment.basis(language)))</span>"),
                    ]
                })
        }
        return page.html
    }

    /// `6 人；评定月份 2025-01…2025-12；1 人年底前未入职，未列入`.
    static func countsText(_ grading: AnnualGrading, _ zh: Bool) -> String {
        let span =
            grading.months.count == 1
            ? "\(grading.months[0])"
            : "\(grading.months.first.map(String.init(describing:)) ?? "")…\(grading.months.last.map(String.init(describing:)) ?? "")"
        var parts = [
            zh ? "\(grading.assessments.count) 人" : "\(grading.assessments.count) clerks",
            zh
                ? "花名册 \(grading.year) 年有 \(grading.months.count) 个月（\(span)）"
                : "\(grading.months.count) months of \(grading.year) in the roster (\(span))",
        ]
        if grading.notYetHired > 0 {
            parts.append(
                zh
                    ? "\(grading.notYetHired) 人年底前未入职，未列入"
                    : "\(grading.notYetHired) not hired by the year's end, left out")
        }
        return parts.joined(separator: zh ? "；" : "; ")
    }
}
