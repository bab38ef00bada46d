/// What the server machine asks its driver to do, in the order it must be done.
///
/// The machine holds no socket, file or clock; these are the only ways it touches the world. The
/// order of a pass's effects is the server's promises made visible: every `journal` before the
/// `sync`, the sync before any answer is written, the sender's `write` before the fan-out's.
public enum ServerEffect: Sendable, Hashable {
    /// Append one record to the journal (durable at the next `sync`).
    case journal([UInt8])
    /// Make the appended records durable (fdatasync) before anything else is done.
    case sync
    /// Write what the connection has queued: call `ServerMachine.drain(_:using:)` with the socket.
    case write(UInt64)
    /// Tell the poller which readiness the connection waits for.
    case interest(UInt64, readable: Bool, writable: Bool)
    /// Shut the socket's sending side (the close handshake's half-close), keep reading.
    case shutdownWrite(UInt64)
    /// Close the socket; the machine has forgotten the connection.
    case close(UInt64)
    /// Start noting this socket's arrival times (an identified host, judge or team).
    case watchArrivals(UInt64)
    /// A line for the operator's log.
    case log(String)
}
