/// An action, who asked for it, and when the kernel received it (microseconds).
public struct Command: Sendable, Hashable {
    public var actor: Actor
    public var at: Micros
    public var action: Action

    public init(_ action: Action, by actor: Actor, at: Micros) {
        self.actor = actor
        self.at = at
        self.action = action
    }
}
