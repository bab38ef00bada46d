/// A one-line message under the screen: what the server said about our last command.
public struct Notice: Sendable, Hashable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        (self.text, self.isError) = (text, isError)
    }

    public var line: Line {
        Line((isError ? "✗ " : "✓ ") + text, style: isError ? Theme.bad : Theme.good)
    }
}
