/// How a span of text is drawn: colours and attributes, all off by default.
///
/// A value type with a small builder (`Style.fg(.yellow).bolded()`) so renderers can name a look
/// once and reuse it. Whether any of it reaches the screen is the `Palette`'s decision, so a style
/// must never be the only carrier of meaning: renderers also mark things in text ("▶", "✓").
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(
        foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
        reverse: Bool = false, underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    /// No colour, no attributes: rendered as the bare text.
    public static let plain = Style()
    /// Bold and nothing else.
    public static let bold = Style(bold: true)

    /// A style with just this text colour.
    public static func fg(_ color: Color) -> Style { Style(foreground: color) }
    /// A style with just this cell colour.
    public static func bg(_ color: Color) -> Style { Style(background: color) }

    /// This style with the text colour replaced.
    public func fg(_ color: Color) -> Style { with { $0.foreground = color } }
    /// This style with the cell colour replaced.
    public func bg(_ color: Color) -> Style { with { $0.background = color } }
    /// This style, bold.
    public func bolded() -> Style { with { $0.bold = true } }
    /// This style, dim (faint).
    public func dimmed() -> Style { with { $0.dim = true } }
    /// This style with text and cell colours swapped.
    public func reversed() -> Style { with { $0.reverse = true } }
    /// This style, underlined.
    public func underlined() -> Style { with { $0.underline = true } }

    /// The SGR parameters that select this style from the reset state, attributes first:
    /// 1 bold, 2 dim, 4 underline, 7 reverse, then the foreground and background colours.
    var sgrParameters: [Int] {
        var parameters: [Int] = []
        if bold { parameters.append(1) }
        if dim { parameters.append(2) }
        if underline { parameters.append(4) }
        if reverse { parameters.append(7) }
        if let foreground { parameters.append(foreground.foregroundCode) }
        if let background { parameters.append(background.backgroundCode) }
        return parameters
    }

    private func with(_ change: (inout Style) -> Void) -> Style {
        var copy = self
        change(&copy)
        return copy
    }
}
