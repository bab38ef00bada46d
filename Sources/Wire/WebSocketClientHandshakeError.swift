/// Why the server did not accept a client's upgrade, in words for the client's status line.
public enum WebSocketClientHandshakeError: Error, Sendable, Hashable {
    /// The server answered with another status, e.g. 404 when the port is not a quiz server's.
    case notUpgraded(status: Int, reason: String)
    case missingUpgrade
    /// `Sec-WebSocket-Accept` does not match our key: not a WebSocket server, or a broken proxy.
    case wrongAcceptValue
    case malformedResponse
    case headTooLong

    public var message: String {
        switch self {
        case .notUpgraded(let status, let reason): "the server answered \(status) \(reason) instead of 101"
        case .missingUpgrade: "the server's 101 lacks Upgrade: websocket / Connection: Upgrade"
        case .wrongAcceptValue: "the server's Sec-WebSocket-Accept does not match the key"
        case .malformedResponse: "the server's answer is not an HTTP response"
        case .headTooLong: "the server's answer head is longer than 8 KiB"
        }
    }
}
