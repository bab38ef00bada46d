/// One row of styled text: spans in order, measured and cut by display width.
///
/// Renderers build lines from parts (`Line("南湖队", style: .bold) + "  120"`) and the screen fits
/// them to the terminal. Spans are normalised on the way in, with empty spans dropped and
/// neighbours of the same style merged, so two lines that draw the same are equal.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    public private(set) var spans: [Span]

    public init(_ spans: [Span]) {
        var merged: [Span] = []
        for span in spans where !span.text.isEmpty {
            if let last = merged.last, last.style == span.style {
                merged[merged.count - 1].text += span.text
            } else {
                merged.append(span)
            }
        }
        self.spans = merged
    }

    public init(_ text: String, style: Style = .plain) {
        self.init([Span(text, style: style)])
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The text without styles.
    public var plainText: String { spans.map(\.text).joined() }

    /// The columns the line occupies.
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// The spans of `left` followed by those of `right`.
    public static func + (left: Line, right: Line) -> Line {
        Line(left.spans + right.spans)
    }

    /// The line cut as by `TextLayout.truncate`: whole grapheme clusters, at most `width` columns,
    /// ending in "…" when anything was cut, with spaces before the "…" dropped. The "…" takes the
    /// style of the first character it replaces, so a cut red name ends in a red "…".
    public func truncated(to width: Int) -> Line {
        guard width > 0 else { return Line([]) }
        guard self.width > width else { return self }
        var used = 0
        var kept: [Span] = []
        for span in spans {
            kept.append(Span("", style: span.style))
            for character in span.text {
                let columns = DisplayWidth.of(character)
                guard used + columns <= width - 1 else {
                    while let last = kept.last, last.text.isEmpty || last.text.last == " " {
                        if last.text.isEmpty { kept.removeLast() } else { kept[kept.count - 1].text.removeLast() }
                    }
                    return Line(kept + [Span("…", style: span.style)])
                }
                used += columns
                kept[kept.count - 1].text.append(character)
            }
        }
        return Line(kept)
    }

    /// The line truncated to `width` and then filled with unstyled spaces to exactly `width`
    /// columns, as `TextLayout.pad` does for plain text. A wide character cut at the edge leaves
    /// the "…" one column short, and the padding makes up for it.
    public func padded(to width: Int, alignment: Alignment = .left) -> Line {
        let fitted = truncated(to: width)
        let (before, after) = TextLayout.padding(for: max(0, width - fitted.width), alignment: alignment)
        return Line(String(repeating: " ", count: before)) + fitted + Line(String(repeating: " ", count: after))
    }
}
