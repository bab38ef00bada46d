import ContestCore

/// The standings as a table whose columns line up whatever mix of Chinese and ASCII the names are.
public enum ScoreboardPanel {
    /// What changed for a team since the scoreboard before: places moved up (positive) and points.
    public struct Change: Sendable, Hashable {
        public var places: Int
        public var points: Points

        public init(places: Int, points: Points) {
            (self.places, self.points) = (places, points)
        }

        /// `▲2 +10`, `▼1 -5`, `+10`, or empty.
        public var text: String {
            var parts: [String] = []
            if places > 0 { parts.append("▲\(places)") }
            if places < 0 { parts.append("▼\(-places)") }
            if points != .zero { parts.append(ScoreText.signed(points)) }
            return parts.joined(separator: " ")
        }
    }

    /// One row per team: `名次  队伍  总分  变化`, with `highlight` (our team, or the one answering)
    /// marked by `▶` and reverse colour; `unit` adds the organisation when the width allows.
    public static func lines(
        _ standings: [Standing], width: Int, highlight: TeamID? = nil, changes: [TeamID: Change] = [:],
        showUnit: Bool = false
    ) -> [Line] {
        let nameWidth = min(16, max(8, standings.map { DisplayWidth.of($0.name) }.max() ?? 8))
        let changeWidth = 10
        let fixed = 2 + 8 + 1 + nameWidth + 1 + 8 + 1 + changeWidth
        let unitWidth = showUnit ? min(28, max(0, width - fixed - 1)) : 0
        var lines = [header(nameWidth: nameWidth, unitWidth: unitWidth, changeWidth: changeWidth, width: width)]
        for standing in standings {
            let marker = standing.team == highlight ? "▶ " : "  "
            let rank = standing.tied ? "并列第\(standing.rank)" : "第\(standing.rank)名"
            var text = marker + TextLayout.pad(rank, to: 8) + " " + TextLayout.pad(standing.name, to: nameWidth)
            if unitWidth >= 6 { text += " " + TextLayout.pad(standing.unit, to: unitWidth) }
            text += " " + TextLayout.pad(standing.total.description, to: 8, alignment: .right)
            let change = changes[standing.team]?.text ?? ""
            var line = Line(text, style: standing.team == highlight ? Theme.highlight : .plain)
            if let moved = changes[standing.team], !change.isEmpty {
                let style = moved.points < .zero || (moved.points == .zero && moved.places < 0) ? Theme.bad : Theme.good
                line = line + " " + Line(TextLayout.pad(change, to: changeWidth), style: style)
            }
            lines.append(line.truncated(to: width))
        }
        return lines
    }

    private static func header(nameWidth: Int, unitWidth: Int, changeWidth: Int, width: Int) -> Line {
        var text = "  " + TextLayout.pad("名次", to: 8) + " " + TextLayout.pad("队伍", to: nameWidth)
        if unitWidth >= 6 { text += " " + TextLayout.pad("单位", to: unitWidth) }
        text += " " + TextLayout.pad("总分", to: 8, alignment: .right) + " " + "变化"
        return Line(text, style: Theme.dim).truncated(to: width)
    }

    /// The changes from one scoreboard to the next, for teams whose place or points moved.
    public static func changes(from old: [Standing], to new: [Standing]) -> [TeamID: Change] {
        let before = Dictionary(old.map { ($0.team, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [TeamID: Change] = [:]
        for standing in new {
            guard let previous = before[standing.team] else { continue }
            let change = Change(places: previous.rank - standing.rank, points: standing.total - previous.total)
            if change.places != 0 || change.points != .zero { result[standing.team] = change }
        }
        return result
    }
}
