/// The client side of the WebSocket opening handshake (RFC 6455 §4.1), as a sans-IO value.
///
/// The caller supplies the 16 random key bytes (the codecs draw no random numbers), writes
/// `request`, then appends what the server answers until `parse()` says the upgrade was accepted,
/// with any bytes after the head (the first frames) handed back, or why it was refused.
///
/// ```swift
/// var handshake = WebSocketClientHandshake(host: "10.0.0.5:7700", path: "/ws", keyBytes: key)
/// socket.write(handshake.request)
/// handshake.append(reply)
/// handshake.parse()  // .accepted(leftover: [...]) once the 101 with the right accept value is in
/// ```
public struct WebSocketClientHandshake: Sendable {
    /// What the server's answer amounts to so far.
    public enum ParseResult: Sendable, Hashable {
        case needMoreData
        /// The connection is a WebSocket now; `leftover` are frame bytes that came with the head.
        case accepted(leftover: [UInt8])
        case refused(WebSocketClientHandshakeError)
    }

    /// Longest response head accepted; our own server's is under 200 bytes.
    public static let maxHeadLength = 8192

    /// The `Sec-WebSocket-Key` sent, the Base64 of the caller's 16 bytes.
    public let key: String
    /// The bytes of the upgrade request.
    public let request: [UInt8]
    private var received: [UInt8] = []

    public init(host: String, path: String, keyBytes: [UInt8]) {
        key = Base64.encode(keyBytes)
        let head =
            "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: \(key)\r\nSec-WebSocket-Version: \(WebSocketHandshake.version)\r\n\r\n"
        request = Array(head.utf8)
    }

    /// Adds bytes read from the socket.
    public mutating func append(_ bytes: [UInt8]) { received.append(contentsOf: bytes) }

    /// Whether the server's answer is complete, and if so whether it accepted the upgrade.
    public func parse() -> ParseResult {
        guard let end = headEnd() else {
            return received.count > Self.maxHeadLength ? .refused(.headTooLong) : .needMoreData
        }
        guard end <= Self.maxHeadLength, let head = String(validating: received[..<end], as: UTF8.self) else {
            return .refused(.headTooLong)
        }
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false).makeIterator()
        let statusParts = (lines.next() ?? "").split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]) else {
            return .refused(.malformedResponse)
        }
        guard status == 101 else {
            return .refused(.notUpgraded(status: status, reason: statusParts.count > 2 ? String(statusParts[2]) : ""))
        }
        var headers = HTTPHeaders()
        while let line = lines.next(), !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { return .refused(.malformedResponse) }
            headers.add(
                name: String(line[..<colon]),
                value: String(line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }))
        }
        guard headers.containsToken("websocket", inField: "Upgrade"),
            headers.containsToken("upgrade", inField: "Connection")
        else { return .refused(.missingUpgrade) }
        guard headers["Sec-WebSocket-Accept"] == [WebSocketHandshake.acceptValue(forKey: key)] else {
            return .refused(.wrongAcceptValue)
        }
        return .accepted(leftover: Array(received[(end + 4)...]))
    }

    /// The index of the blank line's `\r\n\r\n`, if it has arrived.
    private func headEnd() -> Int? {
        guard received.count >= 4 else { return nil }
        for index in 0...(received.count - 4)
        where received[index] == 13 && received[index + 1] == 10 && received[index + 2] == 13
            && received[index + 3] == 10
        {
            return index
        }
        return nil
    }
}
