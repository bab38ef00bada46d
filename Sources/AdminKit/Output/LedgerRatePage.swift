import ContestCore
import QuestionBank

/// `持证率.html`, `rate.csv` and `missing.csv`: the certified-on-post rate per centre and overall, and who lacks a certificate.
public enum LedgerRatePage {
    public static let fileName = "持证率.html"
    public static let rateFileName = "rate.csv"
    public static let missingFileName = "missing.csv"

    static let extraCSS = """
        td:nth-child(1), td:nth-child(2) { white-space: nowrap; }
        .short { font-weight: bold; text-decoration: underline; }
        .clean { font-weight: bold; }

        """

    /// 中心, 在岗人数, 持证人数, 持证率, 目标, 达标 — one row per centre, then 合计.
    public static func rateCSV(_ rate: CertifiedRate) -> [UInt8] {
        var rows = [["中心", "在岗人数", "持证人数", "持证率", "目标", "达标"]]
        for line in rate.centres + [rate.total] {
            rows.append([
                line.centre.isEmpty ? "合计" : line.centre, "\(line.onPost)", "\(line.certified)",
                CertifiedRate.percent(line.rate), CertifiedRate.percent(rate.target),
                line.reaches(rate.target) ? "是" : "否",
            ])
        }
        return CSVDocument.bytes(rows)
    }

    /// 中心, 姓名, 身份证号码 (masked), 入职日期, 在岗月数, 逾期 — everyone on post without a certificate.
    public static func missingCSV(_ rate: CertifiedRate) -> [UInt8] {
        var rows = [["中心", "姓名", "身份证号码", "入职日期", "在岗月数", "逾期"]]
        for missing in rate.total.missing {
            let clerk = missing.clerk
            rows.append([
                clerk.centre, clerk.name, ResidentID.masked(clerk.residentID), clerk.hired?.description ?? "",
                missing.monthsOnPost.map { "\($0)" } ?? "", missing.isOverdue ? "是" : "否",
            ])
        }
        return CSVDocument.bytes(rows)
    }

    public static func html(_ rate: CertifiedRate, file: String, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(
            title: zh ? "综合窗口办事员持证率" : "Certified-on-post rate", language: language, extraCSS: extraCSS)
        page.meta(
            "\(file) · \(zh ? "统计日期" : "on") \(rate.date) · \(zh ? "目标" : "target") \(CertifiedRate.percent(rate.target))"
        )
        page.meta(summaryText(rate, zh))
        page.heading(zh ? "各中心持证率" : "Rate per centre")
        let yes = zh ? "是" : "yes"
        let no = "<span class=\"short\">\(zh ? "否" : "no")</span>"
        let overdue = "<span class=\"short\">\(yes)</span>"
        let cells = { (line: CertifiedRate.Line) -> [ReportPage.Cell] in
            [
                .text(line.centre.isEmpty ? (zh ? "合计" : "Total") : line.centre), .number(line.onPost),
                .number(line.certified), .number(CertifiedRate.percent(line.rate)),
                .markup(line.reaches(rate.target) ? yes : no),
            ]
        }
        page.table(
            zh ? ["中心", "在岗人数", "持证人数", "持证率", "达标"] : ["Centre", "On post", "Certified", "Rate", "Reached"],
            rate.centres.map(cells), footer: cells(rate.total))
        page.heading(zh ? "尚未取证" : "Still without a certificate")
        if rate.total.missing.isEmpty {
            page.paragraph(zh ? "在岗人员均已取得证书。" : "Everyone on post holds a certificate.", class: "clean")
        } else {
            page.table(
                zh
                    ? ["中心", "姓名", "身份证号码", "入职日期", "在岗月数", "逾期"]
                    : ["Centre", "Name", "ID number", "Hired", "Months on post", "Overdue"],
                rate.total.missing.map { missing in
                    let clerk = missing.clerk
                    return [
                        .text(clerk.centre), .text(clerk.name), .id(ResidentID.masked(clerk.residentID)),
                        .text(clerk.hired?.description ?? ""), .number(missing.monthsOnPost.map { "\($0)" } ?? ""),
                        .markup(missing.isOverdue ? overdue : (zh ? "否" : "no")),
                    ]
                })
        }
        return page.html
    }

    /// What the command prints: each centre's rate and who is missing, then the total.
    static func consoleText(_ rate: CertifiedRate, file: String, language: Language) -> String {
        let zh = language == .chinese
        var text = ""
        for line in rate.centres {
            let verdict = line.reaches(rate.target) ? (zh ? "达标" : "reached") : (zh ? "未达标" : "short")
            text +=
                zh
                ? "\(line.centre): 在岗 \(line.onPost) 人，持证 \(line.certified) 人，\(CertifiedRate.percent(line.rate))，\(verdict)\n"
                : "\(line.centre): \(line.onPost) on post, \(line.certified) certified, \(CertifiedRate.percent(line.rate)), \(verdict)\n"
            for missing in line.missing {
                let months = missing.monthsOnPost.map { "\($0)" } ?? "?"
                let hired = missing.clerk.hired?.description ?? "?"
                text +=
                    zh
                    ? "  未取证：\(missing.clerk.name)（入职 \(hired)，在岗 \(months) 个月\(missing.isOverdue ? "，已过一年期限" : "")）\n"
                    : "  no certificate: \(missing.clerk.name) (hired \(hired), \(months) months on post\(missing.isOverdue ? ", past the one-year deadline" : ""))\n"
            }
        }
        return text + "\(file): \(rate.date) \(summaryText(rate, zh))\n"
    }

    /// `合计 12 人在岗，10 人持证，83.3%，达到目标 80.0%`, and how many centres fall short.
    static func summaryText(_ rate: CertifiedRate, _ zh: Bool) -> String {
        let total = rate.total
        let short = rate.centres.filter { !$0.reaches(rate.target) }.count
        let reached = total.reaches(rate.target)
        return zh
            ? "合计 \(total.onPost) 人在岗，\(total.certified) 人持证，持证率 \(CertifiedRate.percent(total.rate))，\(reached ? "达到" : "未达到")目标 \(CertifiedRate.percent(rate.target))；\(short) 个中心未达标"
            : "\(total.onPost) on post, \(total.certified) certified, \(CertifiedRate.percent(total.rate)): target \(CertifiedRate.percent(rate.target)) \(reached ? "reached" : "not reached"); \(short) centres short"
    }
}
