import ContestCore
import ContestProtocol

/// The results as the organiser takes them away: one row per team, for Excel.
///
/// UTF-8 with a byte-order mark (Excel on Windows otherwise reads Chinese as GBK garbage), CRLF
/// line ends, fields quoted when they hold a comma, quote or line break.
public enum ResultsTable {
    /// The CSV bytes for the contest's current scoreboard and awards.
    public static func csv(_ state: ContestState) -> [UInt8] {
        let board = state.scoreboard
        let awards = state.awards
        var header = ["名次 Rank", "队号 Team", "队伍 Name", "单位 Unit"]
        header += state.config.segments.map { SpreadsheetField.inert($0.title) }
        header += ["调整 Corrections", "总分 Total", "奖项 Award", "备注 Note"]
        var rows = [header]
        for standing in board.standings {
            let line = awards.lines.first { $0.team == standing.team }
            var row = [
                "\(standing.rank)", "\(standing.team)", SpreadsheetField.inert(standing.name),
                SpreadsheetField.inert(standing.unit),
            ]
            row += standing.bySegment.map(\.description)
            row += [standing.corrections.description, standing.total.description, line?.award ?? ""]
            row.append(line?.awaitingTieBreak == true ? "并列待加赛 tie to break" : (standing.tied ? "并列 tied" : ""))
            rows.append(row)
        }
        let text =
            rows.map { $0.map(SpreadsheetField.quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }
}
