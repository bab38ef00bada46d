/// A question's number at the start of a line (`12．`, `（3）`, `【例1】`, `第5题`), and where the
/// text after it begins.
///
/// The style is kept because a paper numbers its questions one way and the parts of a case-analysis
/// question another: `1．` starts a question, `（1）` inside it is a sub-question of its stem.
struct PaperItemNumber: Equatable {
    enum Style: Hashable {
        /// `1.` `1．` `1、` `1)` `1）`: typed by hand, often mixed within one paper.
        case plain
        /// `(1)` `（1）`.
        case parenthesized
        /// `【例1】`.
        case example
        /// `第1题`.
        case ordinal
        /// Word's automatic numbering at a list level, when the rendered label is not known.
        case word(level: Int)
    }

    var value: Int
    var style: Style
    /// The mark after a plain number as written (`.` or `．`, `、`), 0 for the other styles.
    var mark: UInt32 = 0
    /// The first scalar of the text after the number and the spaces after it.
    var textStart: Int

    /// The number at `start`, if the line starts with one in a recognised form.
    static func parse(_ text: PaperText, from start: Int) -> PaperItemNumber? {
        guard let first = text.folded(start) else { return nil }
        switch first {
        case 0x30...0x39:
            guard let (value, end) = text.number(at: start), let mark = text.folded(end) else { return nil }
            switch mark {
            case 0x2E:
                // `1.5米` is a decimal, not a number and its stem; after a full-width `．` a digit
                // starts the stem (`56．18位…`), since no one writes decimals with it.
                if text[end] == ".", let next = text.folded(end + 1), (0x30...0x39).contains(next) { return nil }
                return PaperItemNumber(
                    value: value, style: .plain, mark: text[end].value, textStart: text.skipSpaces(from: end + 1))
            case 0x3001, 0x29:
                return PaperItemNumber(
                    value: value, style: .plain, mark: text[end].value, textStart: text.skipSpaces(from: end + 1))
            default: return nil
            }
        case 0x28:
            let digits = text.skipSpaces(from: start + 1)
            guard let (value, end) = text.number(at: digits) else { return nil }
            let close = text.skipSpaces(from: end)
            guard text.folded(close) == 0x29 else { return nil }
            return PaperItemNumber(value: value, style: .parenthesized, textStart: text.skipSpaces(from: close + 1))
        case 0x3010:
            guard text.folded(start + 1) == 0x4F8B else { return nil }
            let digits = text.skipSpaces(from: start + 2)
            guard let (value, end) = text.number(at: digits) else { return nil }
            let close = text.skipSpaces(from: end)
            guard text.folded(close) == 0x3011 else { return nil }
            return PaperItemNumber(value: value, style: .example, textStart: text.skipSpaces(from: close + 1))
        case 0x7B2C:
            let digits = text.skipSpaces(from: start + 1)
            guard let (value, end) = text.number(at: digits) ?? PaperNumerals.value(text, at: digits) else {
                return nil
            }
            let mark = text.skipSpaces(from: end)
            guard text.folded(mark) == 0x9898 else { return nil }
            var rest = text.skipSpaces(from: mark + 1)
            if let separator = text.folded(rest), [0x2E, 0x3A, 0x3001, 0x2C].contains(separator) {
                rest = text.skipSpaces(from: rest + 1)
            }
            return PaperItemNumber(value: value, style: .ordinal, textStart: rest)
        default:
            return nil
        }
    }

    /// The number in a label Word rendered (`12.`, `（3）`), in the style it shows.
    static func parse(label: String) -> PaperItemNumber? {
        let text = PaperText(label, offset: 0)
        return parse(text, from: text.skipSpaces(from: 0))
    }
}
