import ContestCore
import QuestionBank

/// `综合成绩.html`: the composite ranking with prizes, titles and money, the certificates, the ties to decide.
public enum CompositePage {
    public static let fileName = "综合成绩.html"

    public static func html(_ report: CompositeReport, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(title: zh ? "综合成绩" : "Composite results", language: language, extraCSS: css)
        page.meta("\(report.file) · \(report.countsText(zh))")
        page.meta(rulesText(report.rules, zh))
        page.table(
            zh
                ? ["名次", "姓名", "单位", "理论", "实操", "用时", "总成绩", "奖项", "称号", "奖金", "发证"]
                : [
                    "Place", "Name", "Unit", "Theory", "Practical", "Time", "Total", "Prize", "Title", "Yuan",
                    "Certificate",
                ],
            report.ranking.lines.map { line in
                let entrant = line.item
                let prize: ReportPage.Cell =
                    line.awaitingDecision
                    ? .markup("<span class=\"mark warning\">\(zh ? "并列待定" : "tie pending")</span>")
                    : .text(line.tiers[0] ?? "")
                return [
                    .number(line.rank), .text(entrant.name), .text(entrant.unit), .number("\(entrant.theory)"),
                    .number("\(entrant.practical)"), .number(AnsweringTime.text(entrant.seconds)),
                    .number(entrant.total.twoDecimals), prize, .text(line.tiers[1] ?? ""),
                    .number(report.amount(line.tiers[0]).map { "\($0)" } ?? ""),
                    .text(entrant.certificate.text(zh)),
                ]
            })
        page.heading(zh ? "待组委会决定的并列" : "Ties for the organisers to decide")
        page.ties(
            report.diagnostics, decisions: report.decisions,
            none: zh ? "没有总成绩、理论成绩和用时都相同而跨越分界的并列。" : "No tie in total, theory and time straddles a boundary.")
        return page.html
    }

    static func rulesText(_ rules: CompositeRules, _ zh: Bool) -> String {
        let percent = { (weight: Double) in "\(Int((weight * 100).rounded()))%" }
        let prizes = rules.prizes.map { "\($0.name) ×\($0.count)（\($0.amount) 元）" }.joined(separator: "、")
        let titles = rules.titles.map { "\($0.fromPlace)–\($0.toPlace) 名\($0.name)" }.joined(separator: "、")
        return zh
            ? "总成绩 = 理论 × \(percent(rules.theoryWeight)) + 实操 × \(percent(rules.practicalWeight))，同分比理论、再比用时；\(prizes)；\(titles)；"
                + "理论 \(Score(hundredths: Int(rules.theoryPassMark * 100))) 分、实操 \(Score(hundredths: Int(rules.practicalPassMark * 100))) 分及格，"
                + "发\(levelName(rules.certificateLevel))证书（近 \(rules.certificateLookbackYears) 年已取得该级或以上者除外）"
            : "total = theory × \(percent(rules.theoryWeight)) + practical × \(percent(rules.practicalWeight)), ties by theory then time; "
                + "\(rules.prizes.map { "\($0.name) ×\($0.count) (\($0.amount) yuan)" }.joined(separator: ", ")); "
                + "level-\(rules.certificateLevel) certificate for passing both parts, unless held within \(rules.certificateLookbackYears) years"
    }

    /// `四级`, as the notices name a level.
    static func levelName(_ level: Int) -> String {
        (1...5).contains(level) ? ["一", "二", "三", "四", "五"][level - 1] + "级" : "\(level) 级"
    }

    static let css = """
        p.tie, p.decided { margin: 1mm 0; break-inside: avoid; }
        p.decided { font-style: italic; }
        table { font-size: 9.5pt; }
        td:nth-child(2), td:nth-child(3), td:nth-child(8), td:nth-child(9) { white-space: nowrap; }

        """
}
