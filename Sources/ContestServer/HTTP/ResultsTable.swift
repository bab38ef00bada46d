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
        header += state.config.segments.map { inert($0.title) }
        header += ["调整 Corrections", "总分 Total", "奖项 Award", "备注 Note"]
        var rows = [header]
        for standing in board.standings {
            let line = awards.lines.first { $0.team == standing.team }
            var row = ["\(standing.rank)", "\(standing.team)", inert(standing.name), inert(standing.unit)]
            row += standing.bySegment.map(\.description)
            row += [standing.corrections.description, standing.total.description, line?.award ?? ""]
            row.append(line?.awaitingTieBreak == true ? "并列待加赛 tie to break" : (standing.tied ? "并列 tied" : ""))
            rows.append(row)
        }
        let text = rows.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// A text cell Excel would run as a formula (`=…`, `+…`, `-…`, `@…`, or after a tab or CR) is
    /// kept as text with a leading `'`; a plain number such as `-5` stays a number Excel can sum.
    static func inert(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            !isPlainNumber(text)
        else { return text }
        return "'" + text
    }

    /// `-5`, `-2.5`, `10`: an optional minus, digits, and at most one decimal point between digits.
    private static func isPlainNumber(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    static func quoted(_ field: String) -> String {
        // By scalar: "\r\n" is one Character, so a Character test would miss a lone "\r" or "\n".
        guard field.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
