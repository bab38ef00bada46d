/// The CSV files of `prelim rank --out`: the individual ranking and the units with 晋级.
///
/// Headers are the issue's, in Chinese whatever `--lang` says: `certificates` reads 名次, 姓名,
/// 单位 and 奖项 by header. IDs are masked; 备注 says when a tie is pending or how it was decided.
public enum PrelimSheets {
    public static let individualFileName = "individual.csv"
    public static let teamsFileName = "teams.csv"
    public static let finalFileName = "final-contest.json"

    public static func individual(_ report: PrelimReport) -> [UInt8] {
        var rows = [["名次", "姓名", "单位", "身份证号码", "笔试成绩", "奖项", "备注"]]
        for line in report.individuals.lines {
            let entrant = line.item
            rows.append([
                "\(line.rank)", entrant.name, entrant.unit, ResidentID.masked(entrant.residentID), "\(entrant.score)",
                line.tiers[0] ?? "", remark(line.awaitingDecision, line.decision),
            ])
        }
        return CSVDocument.bytes(rows)
    }

    public static func teams(_ report: PrelimReport) -> [UInt8] {
        var rows = [["名次", "单位", "总分", "晋级", "晋级队员", "备注"]]
        for line in report.units.lines {
            let unit = line.item.unit
            let players = report.players[unit]
            let pending = players.map { !$0.ties.isEmpty } ?? false
            rows.append([
                "\(line.rank)", unit, "\(line.item.total)", report.advancement(line),
                report.finalPlayers(of: unit).map(\.name).joined(separator: "、"),
                remark(line.awaitingDecision || pending, line.decision),
            ])
        }
        return CSVDocument.bytes(rows)
    }

    /// `并列待定`, the decision's note, or nothing.
    static func remark(_ awaiting: Bool, _ decision: TieDecision?, _ zh: Bool = true) -> String {
        if awaiting { return zh ? "并列待定" : "tie pending" }
        return decision?.note(zh) ?? ""
    }
}
