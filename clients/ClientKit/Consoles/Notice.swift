/// A one-line message under the screen: what the server said about our last command.
///
/// It fades after `lifetime`: a refusal from minutes ago (a ruling refused before the answer
/// came, "paused" after the resume) would otherwise read as news to a judge or team glancing down.
public struct Notice: Sendable, Hashable {
    public var text: String
    public var isError: Bool
    /// Monotonic microseconds when the message appeared.
    public var shownAt: Int64

    /// How long a notice stays on screen.
    public static let lifetime: Int64 = 10_000_000

    public init(_ text: String, isError: Bool = false, at shownAt: Int64) {
        (self.text, self.isError, self.shownAt) = (text, isError, shownAt)
    }

    /// The message while it is fresh, nil once `lifetime` has passed.
    public func line(at now: Int64) -> Line? {
        guard now - shownAt < Self.lifetime else { return nil }
        return Line((isError ? "✗ " : "✓ ") + text, style: isError ? Theme.bad : Theme.good)
    }
}
