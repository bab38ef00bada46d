/// The server side of the WebSocket opening handshake (RFC 6455 §4.2).
///
/// Given a parsed GET head, it checks what §4.2.1 requires (HTTP/1.1 or later, `Host`,
/// `Upgrade: websocket`, `Connection: Upgrade`, version 13, a key of 16 random bytes in Base64) and
/// returns either the 101 response with `Sec-WebSocket-Accept`, or the error to answer with:
/// 400 for a malformed upgrade, 426 with `Sec-WebSocket-Version: 13` for another version.
///
/// ```swift
/// WebSocketHandshake.acceptValue(forKey: "dGhlIHNhbXBsZSBub25jZQ==")  // "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
/// ```
public enum WebSocketHandshake {
    /// The GUID RFC 6455 appends to the key before hashing.
    public static let keyGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
    /// The only protocol version this server speaks.
    public static let version = "13"

    /// Whether the request asks for a WebSocket at all (`Upgrade: websocket`), so the server knows to
    /// run the handshake rather than serve a page.
    public static func isUpgradeRequest(_ head: HTTPRequestHead) -> Bool {
        head.headers.containsToken("websocket", inField: "Upgrade")
    }

    /// `Sec-WebSocket-Accept` for a key: Base64 of the SHA-1 of the key followed by the GUID.
    public static func acceptValue(forKey key: String) -> String {
        Base64.encode(SHA1.hash(Array((key + keyGUID).utf8)))
    }

    /// The 101 response bytes that complete the handshake, or the reason to refuse it.
    public static func respond(to head: HTTPRequestHead) -> Result<[UInt8], WebSocketHandshakeError> {
        guard head.method == "GET" else { return .failure(.methodNotGet) }
        guard head.version >= .http1_1 else { return .failure(.versionTooOld) }
        guard head.headers["Host"].count == 1 else { return .failure(.missingHost) }
        guard isUpgradeRequest(head) else { return .failure(.missingUpgrade) }
        guard head.headers.containsToken("upgrade", inField: "Connection") else {
            return .failure(.missingConnectionUpgrade)
        }
        let versions = head.headers["Sec-WebSocket-Version"]
        guard versions == [version] else { return .failure(.unsupportedVersion) }
        let keys = head.headers["Sec-WebSocket-Key"]
        guard keys.count == 1, let key = keys.first, Base64.decode(key)?.count == 16 else {
            return .failure(.invalidKey)
        }
        var headers = HTTPHeaders()
        headers.add(name: "Upgrade", value: "websocket")
        headers.add(name: "Connection", value: "Upgrade")
        headers.add(name: "Sec-WebSocket-Accept", value: acceptValue(forKey: key))
        return .success(HTTPResponseHead(status: .switchingProtocols, headers: headers).encode())
    }
}
