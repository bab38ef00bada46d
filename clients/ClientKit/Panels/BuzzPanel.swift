import ContestCore

/// The buzz order with each buzz's margin behind the first, false starts marked in words.
public enum BuzzPanel {
    /// `抢答顺序  ① 南湖队 +0.00 ms  ② 城西队 +1.20 ms  ③ 白沙队 犯规`, wrapped to the width;
    /// the team holding the right to answer is marked `▶`.
    ///
    /// A question re-opened after a wrong answer has several rounds, each with its own order and
    /// margins: the current round (`round`, from the view's buzzers) comes first, then the earlier
    /// ones dimmed, so nobody reads an old order as the one that counts now.
    public static func lines(_ buzzes: [BuzzLine], answering: TeamID?, round: Int? = nil, width: Int) -> [Line] {
        guard !buzzes.isEmpty else { return [] }
        let current = max(round ?? 0, buzzes.map { roundOf($0) }.max() ?? 1)
        let rounds = Set(buzzes.map { roundOf($0) } + [current]).sorted(by: >)
        guard rounds.count > 1 else {
            return flow(Line("抢答顺序 ", style: Theme.heading), buzzes, answering: answering, dim: false, width: width)
        }
        var lines: [Line] = []
        for number in rounds {
            let group = buzzes.filter { roundOf($0) == number }
            if number == current {
                let heading = Line("抢答顺序 第\(number)轮 ", style: Theme.heading)
                lines +=
                    group.isEmpty
                    ? [(heading + Line("等待抢答…", style: Theme.dim)).truncated(to: width)]
                    : flow(heading, group, answering: answering, dim: false, width: width)
            } else {
                lines += flow(Line("  第\(number)轮 ", style: Theme.dim), group, answering: nil, dim: true, width: width)
            }
        }
        return lines
    }

    /// A false start before the first arming belongs with round 1.
    private static func roundOf(_ buzz: BuzzLine) -> Int { max(1, buzz.round) }

    private static func flow(
        _ heading: Line, _ buzzes: [BuzzLine], answering: TeamID?, dim: Bool, width: Int
    ) -> [Line] {
        var lines: [Line] = []
        var current = heading
        for (index, buzz) in buzzes.enumerated() {
            let holder = buzz.team == answering && !buzz.falseStart
            let text = "\(holder ? "▶" : "")\(index + 1).\(buzz.name) \(buzz.falseStart ? "犯规" : buzz.marginText)"
            let style = dim ? Theme.dim : buzz.falseStart ? Theme.bad : (holder ? Theme.highlight : .plain)
            let item = Line(text, style: style)
            if current.width + 2 + item.width > width && current.width > 0 {
                lines.append(current.truncated(to: width))
                current = Line("  ")
            } else if index > 0 {
                current = current + "  "
            }
            current = current + item
        }
        lines.append(current.truncated(to: width))
        return lines
    }
}
