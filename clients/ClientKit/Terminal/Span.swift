/// A run of text drawn in one style: the unit a `Line` is made of.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public init(text: String, style: Style) {
        self.init(text, style: style)
    }
}
