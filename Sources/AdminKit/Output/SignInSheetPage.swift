import ContestCore
import QuestionBank

/// `签到表.html`: the hall's sign-in sheet, one row per candidate with room for a signature, for the proctors.
///
/// In admission-number order like the slips; the header row repeats on every printed page (the shared
/// style's `thead`), and the foot leaves the counts and the proctors' signatures to be filled in.
public enum SignInSheetPage {
    public static let fileName = "签到表.html"

    static let css = """
        td { height: 11mm; vertical-align: middle; }
        td:nth-child(3) { white-space: nowrap; }
        th:nth-child(5) { width: 45mm; }
        th:nth-child(6) { width: 22mm; }
        .foot { margin-top: 6mm; display: flex; justify-content: space-between; }
        .foot span { display: inline-block; min-width: 30mm; border-bottom: 1px solid #111; }

        """

    public static func html(_ slips: AdmissionSlips, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(title: zh ? "考生签到表" : "Sign-in sheet", language: language, extraCSS: css)
        let time = AdmissionSlipPage.time(slips.sitting, language)
        let count = zh ? "\(slips.slips.count) 名考生" : "\(slips.slips.count) candidates"
        page.meta(([slips.sitting.title, time, count].filter { !$0.isEmpty }).joined(separator: " · "))
        let headers =
            zh
            ? ["序号", "准考证号", "姓名", "单位", "签名", "备注"] : ["No.", "Admission no.", "Name", "Unit", "Signature", "Notes"]
        page.table(
            headers,
            slips.slips.enumerated().map { index, slip in
                [
                    .number(index + 1), .id(slip.candidate.candidate), .text(slip.candidate.name),
                    .text(slip.candidate.unit), .text(""), .text(""),
                ]
            })
        let labels =
            zh
            ? ["应到 \(slips.slips.count) 人，实到", "缺考", "监考员签字"]
            : ["Expected \(slips.slips.count), present", "Absent", "Proctors"]
        page.raw(
            "<div class=\"foot\">"
                + labels.map { "<p>\(HTMLText.escape($0))\(zh ? "：" : ": ")<span></span></p>" }.joined()
                + "</div>\n")
        return page.html
    }
}
