/// The key list at the bottom of a console, flowed over as many lines as the width needs so every
/// command stays visible; `*` marks the ones that ask for confirmation.
public enum KeyHelp {
    public struct Item: Sendable, Hashable {
        public var key: String
        public var label: String

        public init(_ key: String, _ label: String) {
            (self.key, self.label) = (key, label)
        }
    }

    public static func lines(_ items: [Item], width: Int) -> [Line] {
        var lines: [Line] = []
        var current = Line("")
        for item in items {
            let entry = Line("[\(item.key)]", style: Theme.key) + Line(item.label)
            if current.width > 0 && current.width + 1 + entry.width > width {
                lines.append(current.truncated(to: width))
                current = Line("")
            }
            current = current.width > 0 ? current + " " + entry : entry
        }
        if current.width > 0 { lines.append(current.truncated(to: width)) }
        return lines
    }
}
