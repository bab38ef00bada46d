/// Where a value sits in a message, written as a person finds it: `view.buzzes[2].team`.
///
/// A chain of steps back to the root, so going one level deeper adds one small node and copies
/// nothing: every field of every decoded record takes a path, and only an error ever reads one.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    private final class Step: Sendable {
        let parent: Step?
        let component: Component

        init(parent: Step?, component: Component) {
            (self.parent, self.component) = (parent, component)
        }
    }

    private let last: Step?

    public init() { last = nil }

    private init(last: Step) { self.last = last }

    public func appending(_ key: String) -> JSONPath { JSONPath(last: Step(parent: last, component: .key(key))) }

    public func appending(_ index: Int) -> JSONPath { JSONPath(last: Step(parent: last, component: .index(index))) }

    public var isEmpty: Bool { last == nil }

    /// The steps from the root down.
    var components: [Component] {
        var steps: [Component] = []
        var step = last
        while let current = step {
            steps.append(current.component)
            step = current.parent
        }
        return steps.reversed()
    }

    /// Keys joined by dots, positions in brackets; empty for the whole message.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += (text.isEmpty ? "" : ".") + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    public static func == (lhs: JSONPath, rhs: JSONPath) -> Bool { lhs.components == rhs.components }

    public func hash(into hasher: inout Hasher) { hasher.combine(components) }
}
