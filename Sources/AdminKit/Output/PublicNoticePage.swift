import ContestCore
import QuestionBank

/// `公示名单.html` and `.csv`: the award list made public before certificates are handed out.
///
/// Names, units, places and awards only, never an ID number; the notice names the objection
/// period (`certificates.publicNoticeDays` working days) and whom to tell.
public enum PublicNoticePage {
    public static let fileName = "公示名单.html"
    public static let csvFileName = "公示名单.csv"

    static func headers(_ list: CertificateList) -> [String] {
        ["名次"] + (list.namesPeople ? ["姓名", "单位"] : ["单位", "队员"]) + ["奖项"] + (list.hasTitles ? ["称号"] : [])
    }

    static func cells(_ certificate: Certificate, _ list: CertificateList) -> [String] {
        [certificate.rank]
            + (list.namesPeople ? [certificate.name, certificate.unit] : [certificate.unit, certificate.members])
            + [certificate.award] + (list.hasTitles ? [certificate.title] : [])
    }

    public static func csv(_ list: CertificateList) -> [UInt8] {
        CSVDocument.bytes([headers(list)] + list.certificates.map { cells($0, list) })
    }

    public static func html(_ list: CertificateList, issue: CertificateIssue, language: Language = .chinese) -> String {
        var page = ReportPage(
            title: "\(issue.contest)获奖名单公示", language: language,
            extraCSS:
                "h1 { text-align: center; }\n.notice { text-indent: 2em; }\n.sign { text-align: right; margin-top: 10mm; }\n"
        )
        let organisers = issue.organisers.joined(separator: "、")
        let contact = issue.rules.publicNoticeContact.isEmpty ? "" : "（\(issue.rules.publicNoticeContact)）"
        page.paragraph(
            "经评审，\(issue.contest)获奖名单如下，现予公示。公示期为 \(issue.rules.publicNoticeDays) 个工作日（自公示之日起）。"
                + "如有异议，请在公示期内以书面形式向\(organisers.isEmpty ? "主办单位" : organisers)反映\(contact)。", class: "notice")
        page.table(headers(list), list.certificates.map { cells($0, list).map { .text($0) } })
        page.raw("<p class=\"sign\">\(HTMLText.escape(organisers))<br>\(HTMLText.escape(issue.dateText))</p>\n")
        return page.html
    }
}
