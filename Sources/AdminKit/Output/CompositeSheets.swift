/// `composite.csv`: the 泗阳-style ranking with prizes, titles, money and the certificate, one row per contestant.
///
/// The columns are exactly the issue's, in Chinese whatever `--lang` says: `certificates` reads
/// 名次, 姓名, 单位, 奖项 and 称号 by header. A pending tie leaves 奖项 and 称号 empty; the page says why.
public enum CompositeSheets {
    public static let fileName = "composite.csv"

    public static func composite(_ report: CompositeReport) -> [UInt8] {
        var rows = [["名次", "姓名", "单位", "理论成绩", "实操成绩", "总成绩", "奖项", "称号", "奖金", "发证"]]
        for line in report.ranking.lines {
            let entrant = line.item
            rows.append([
                "\(line.rank)", entrant.name, entrant.unit, "\(entrant.theory)", "\(entrant.practical)",
                entrant.total.twoDecimals, line.tiers[0] ?? "", line.tiers[1] ?? "",
                report.amount(line.tiers[0]).map { "\($0)" } ?? "", entrant.certificate.issued ? "是" : "否",
            ])
        }
        return CSVDocument.bytes(rows)
    }
}
