import ContestCore

/// The question on screen: type, stem wrapped to the width, options one per line, and the answer
/// only when the caller has one to show (revealed, or the host's key).
public enum QuestionPanel {
    /// - Parameters:
    ///   - selected: options the team has marked but not yet sent, shown with `▶`.
    ///   - answer: the answer to print, e.g. `ABDE`; its letters get a `✓` on their options.
    public static func lines(
        _ card: QuestionCard, width: Int, selected: Set<Int> = [], answer: String? = nil,
        explanation: String? = nil
    ) -> [Line] {
        var lines: [Line] = []
        let label = "[\(card.type.chineseName)] "
        lines += hanging(label, card.stem, width: width, style: Theme.title, headStyle: Theme.heading)
        let correct = Set((answer ?? "").compactMap(OptionLetters.index(of:)))
        for (index, option) in card.options.enumerated() {
            let isSelected = selected.contains(index)
            let tick = correct.contains(index) ? " ✓" : ""
            let style = correct.contains(index) ? Theme.answer : (isSelected ? Theme.highlight : Style.plain)
            let head = "\(isSelected ? "▶" : " ") \(OptionLetters.letter(for: index)). "
            lines += hanging(head, option + tick, width: width, style: style)
        }
        if let answer {
            lines += hanging("答案：", answer, width: width, style: Theme.answer)
        }
        if let explanation, !explanation.isEmpty {
            lines += TextLayout.wrap("解析：" + explanation, to: width).map { Line($0, style: Theme.dim) }
        }
        return lines
    }

    /// `head` then `text` wrapped under itself, so a long stem, option or answer key is read whole.
    static func hanging(_ head: String, _ text: String, width: Int, style: Style, headStyle: Style? = nil) -> [Line] {
        let indent = DisplayWidth.of(head)
        return TextLayout.wrap(text, to: max(1, width - indent)).enumerated().map { row, part in
            let lead = Line(row == 0 ? head : String(repeating: " ", count: indent), style: headStyle ?? style)
            return (lead + Line(part, style: style)).truncated(to: width)
        }
    }

    /// The question just settled, once the host reveals it: with the next question already on
    /// screen (speed, relay) one line with its key, `上一题答案：B`; with none, the whole card under
    /// `上一题`, so a reveal after a relay breaks or a risk answer is seen. Empty until revealed.
    public static func previous(_ view: PublicView, width: Int) -> [Line] {
        guard let card = view.previous, let answer = card.answer else { return [] }
        guard view.question == nil else {
            return [(Line("上一题答案：", style: Theme.dim) + Line(answer, style: Theme.answer)).truncated(to: width)]
        }
        return [Line("上一题", style: Theme.dim)]
            + lines(card, width: width, answer: answer, explanation: card.explanation)
    }
}
