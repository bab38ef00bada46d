import ContestCore
import ContestProtocol

/// A console's pure core: it hears the link, the server and the keyboard, and says what to draw and
/// what to do; the runner owns the terminal, the socket and the clock.
///
/// Because nothing here touches I/O, every screen and every key of every console is a unit test
/// with an injected time, no terminal and no server.
public protocol Console {
    /// The `hello` this console sends on every (re)connection.
    var hello: ClientMessage.Hello { get }
    mutating func linkChanged(_ status: LinkStatus, now: Int64)
    mutating func receive(_ message: ServerMessage, now: Int64) -> [ConsoleEffect]
    mutating func press(_ key: Key, now: Int64) -> [ConsoleEffect]
    /// Whether a command could be sent: the runner tells the console after trying.
    mutating func sendFailed(_ action: Action, now: Int64)
    func render(width: Int, height: Int, now: Int64) -> [Line]
}

/// What a console asks the runner to do.
public enum ConsoleEffect: Sendable, Hashable {
    /// Send the action as a `command` message (ContestProtocol's one JSON spelling of it).
    case send(Action)
    case bell
    case quit
}
