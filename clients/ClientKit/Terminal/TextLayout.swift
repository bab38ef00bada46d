/// Padding, truncation and wrapping of plain text by display width rather than character count.
///
/// Team names and questions mix Chinese (two columns a character) with ASCII (one), so a table
/// padded with `String.count` goes ragged. Every function here cuts only between grapheme
/// clusters, so "👍🏽" or "e\u{301}" is never split.
///
/// ```swift
/// TextLayout.pad("南湖队", to: 8)           // "南湖队  "
/// TextLayout.truncate("南湖队 Team 3", to: 7)  // "南湖队…"
/// TextLayout.wrap("第1题：北京是中国的首都吗？", to: 10)
/// ```
public enum TextLayout {
    /// The same type as the top-level `Alignment`, under the name the layout functions suggest.
    public typealias Alignment = ClientKit.Alignment

    /// `text` made exactly `width` columns: truncated first if it is wider, then filled with spaces.
    ///
    /// When a wide character does not fit at the edge the truncated text is one column short,
    /// and the padding fills that column too, so the result is always `width` wide
    /// (an empty string for a width of 0 or less).
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, to: width)
        let (before, after) = padding(for: width - DisplayWidth.of(fitted), alignment: alignment)
        return String(repeating: " ", count: before) + fitted + String(repeating: " ", count: after)
    }

    /// `text` cut to at most `width` columns, ending in "…" (one column) when anything was cut;
    /// spaces before the "…" are dropped, so "南湖队 Team" cut to 8 is "南湖队…", not "南湖队 …".
    ///
    /// Text that fits is returned unchanged. The result may be narrower than `width` when the
    /// next character is wide; truncation never pads, `pad` does. A width of 0 or less gives "".
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            guard used + columns <= width - 1 else { break }
            used += columns
            result.append(character)
        }
        while result.last == " " { result.removeLast() }
        return result + "…"
    }

    /// `text` broken into lines of at most `width` columns.
    ///
    /// Existing line breaks are kept. ASCII words break at spaces, and a word longer than the
    /// width is broken hard; Chinese may break between any two characters, except that a line
    /// does not start with closing punctuation such as "，" or "。" when moving the character
    /// before it down avoids that. Lines never end in spaces, and empty text gives `[""]`.
    /// A single character wider than `width` gets a line of its own, so wrapping always progresses.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        let paragraphs = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        return paragraphs.flatMap { paragraph in
            var wrapper = LineWrapper(width: width)
            return wrapper.wrap(paragraph)
        }
    }

    /// The spaces before and after a text that is `gap` columns short; center puts the odd one after.
    static func padding(for gap: Int, alignment: Alignment) -> (before: Int, after: Int) {
        switch alignment {
        case .left: (0, gap)
        case .right: (gap, 0)
        case .center: (gap / 2, gap - gap / 2)
        }
    }
}
