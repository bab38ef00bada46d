import ContestCore
import ContestProtocol

/// How the server listens and how patient it is; every limit has a documented default.
public struct ServerOptions: Sendable {
    public var host = "0.0.0.0"
    /// 7700 by default; 0 picks a free port (tests), written to `portFile` when given.
    public var port = 7700
    public var portFile: String?
    /// Serve the WebSocket echo at `/echo` for the conformance suite; never on by default.
    public var conformanceEcho = false
    /// How long a new connection may take to send its HTTP head or its `hello`.
    public var introductionTimeout = Time.seconds(10)
    /// A silent WebSocket peer is pinged after this long, and dropped after `idleTimeout`.
    public var pingInterval = Time.seconds(15)
    public var idleTimeout = Time.seconds(45)
    /// Per-connection outbound bytes before a reader is cut off as too slow.
    public var outboundLimit = OutboundQueue.defaultHardLimit
    /// A pause after every wake-up, for tests that prove buzz order survives a busy loop.
    public var injectedStallMilliseconds = 0

    public init() {}
}
