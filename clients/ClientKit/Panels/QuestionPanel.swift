/// The question on screen: type, stem wrapped to the width, options one per line, and the answer
/// only when the caller has one to show (revealed, or the host's key).
public enum QuestionPanel {
    /// - Parameters:
    ///   - selected: options the team has marked but not yet sent, shown with `▶`.
    ///   - answer: the answer to print, e.g. `ABDE`; its letters get a `✓` on their options.
    public static func lines(
        _ card: PublicView.QuestionCard, width: Int, selected: Set<Int> = [], answer: String? = nil,
        explanation: String? = nil
    ) -> [Line] {
        var lines: [Line] = []
        let label = "[\(Labels.questionType(card.type))] "
        let stem = TextLayout.wrap(card.stem, to: max(1, width - DisplayWidth.of(label)))
        for (index, row) in stem.enumerated() {
            let head =
                index == 0
                ? Line(label, style: Theme.heading) : Line(String(repeating: " ", count: DisplayWidth.of(label)))
            lines.append(head + Line(row, style: Theme.title))
        }
        let correct = Set((answer ?? "").compactMap(OptionLetters.index(of:)))
        for (index, option) in card.options.enumerated() {
            let isSelected = selected.contains(index)
            let mark = isSelected ? "▶" : " "
            let tick = correct.contains(index) ? " ✓" : ""
            let style = correct.contains(index) ? Theme.answer : (isSelected ? Theme.highlight : Style.plain)
            let text = "\(mark) \(OptionLetters.letter(for: index)). \(option)\(tick)"
            lines.append(Line(text, style: style).truncated(to: width))
        }
        if let answer {
            lines.append((Line("答案：", style: Theme.answer) + Line(answer, style: Theme.answer)).truncated(to: width))
        }
        if let explanation, !explanation.isEmpty {
            lines += TextLayout.wrap("解析：" + explanation, to: width).map { Line($0, style: Theme.dim) }
        }
        return lines
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
