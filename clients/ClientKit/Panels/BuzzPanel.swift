/// The buzz order with each buzz's margin behind the first, false starts marked in words.
public enum BuzzPanel {
    /// `抢答顺序  ① 南湖队 +0.00 ms  ② 城西队 +1.20 ms  ③ 白沙队 犯规`, wrapped to the width;
    /// the team holding the right to answer is marked `▶`.
    public static func lines(_ buzzes: [PublicView.BuzzLine], answering: Int?, width: Int) -> [Line] {
        guard !buzzes.isEmpty else { return [] }
        var lines: [Line] = []
        var current = Line("抢答顺序 ", style: Theme.heading)
        for (index, buzz) in buzzes.enumerated() {
            let holder = buzz.team == answering && !buzz.falseStart
            let text = "\(holder ? "▶" : "")\(index + 1).\(buzz.name) \(buzz.falseStart ? "犯规" : buzz.marginText)"
            let style = buzz.falseStart ? Theme.bad : (holder ? Theme.highlight : .plain)
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
