import ContestCore
import QuestionBank

/// `初赛成绩.html`: the individual ranking with awards, the units with 晋级 and their players, the ties to decide.
public enum PrelimPage {
    public static let fileName = "初赛成绩.html"

    public static func html(_ report: PrelimReport, language: Language = .chinese) -> String {
        let zh = language == .chinese
        var page = ReportPage(title: zh ? "初赛成绩" : "Preliminary round results", language: language, extraCSS: css)
        page.meta("\(report.file) · \(report.countsText(zh))")
        page.meta(rulesText(report.rules, zh))
        page.heading(zh ? "个人名次与奖项" : "Individual ranking and awards")
        page.table(
            zh
                ? ["名次", "姓名", "单位", "身份证号码", "笔试成绩", "奖项", "备注"]
                : ["Place", "Name", "Unit", "ID number", "Written", "Award", "Note"],
            report.individuals.lines.map { line in
                [
                    .number(line.rank), .text(line.item.name), .text(line.item.unit),
                    .id(ResidentID.masked(line.item.residentID)), .number("\(line.item.score)"),
                    .text(line.tiers[0] ?? ""), remark(line.awaitingDecision, line.decision, page),
                ]
            })
        page.heading(zh ? "单位团体总分与晋级" : "Units and who goes to the final")
        page.table(
            zh ? ["名次", "单位", "总分", "晋级", "晋级队员"] : ["Place", "Unit", "Total", "Final", "Players"],
            report.units.lines.map { line in
                let unit = line.item.unit
                let pending = report.players[unit].map { !$0.ties.isEmpty } ?? false
                let players = report.finalPlayers(of: unit).map(\.name).joined(separator: zh ? "、" : ", ")
                return [
                    .number(line.rank), .text(unit), .number("\(line.item.total)"),
                    remark(line.awaitingDecision, nil, page, text: report.advancement(line, zh)),
                    .text(pending ? (zh ? "队内并列待定" : "tie within the unit pending") : players),
                ]
            })
        page.heading(zh ? "待组委会决定的并列" : "Ties for the organisers to decide")
        page.ties(
            report.diagnostics, decisions: report.decisions,
            none: zh ? "没有跨越奖项或晋级分界的并列。" : "No tie straddles an award or advancement boundary.")
        return page.html
    }

    static func rulesText(_ rules: PrelimRankRules, _ zh: Bool) -> String {
        let awards = rules.awards.map { "\($0.name) ×\($0.count)" }.joined(separator: zh ? "、" : ", ")
        return zh
            ? "个人奖项：\(awards)；团体前 \(rules.advancingTeams) 名晋级决赛，每队 \(rules.playersPerTeam) 名队员"
            : "individual awards: \(awards); the best \(rules.advancingTeams) units go to the final with \(rules.playersPerTeam) players each"
    }

    /// A note cell: a pending tie marked as such, a decision's note, or the text given.
    static func remark(_ awaiting: Bool, _ decision: TieDecision?, _ page: ReportPage, text: String = "")
        -> ReportPage.Cell
    {
        if awaiting {
            return .markup("<span class=\"mark warning\">\(page.isChinese ? "并列待定" : "tie pending")</span>")
        }
        guard decision != nil else { return .text(text) }
        return .text(page.isChinese ? "并列经组委会决定（见下）" : "tie decided by the organisers (below)")
    }

    static let css = """
        p.tie, p.decided { margin: 1mm 0; break-inside: avoid; }
        p.decided { font-style: italic; }
        td:nth-child(2), td:nth-child(6) { white-space: nowrap; }

        """
}
