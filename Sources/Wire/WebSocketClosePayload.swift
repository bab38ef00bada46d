/// The code and reason a close frame carries (RFC 6455 §5.5.1), checked as §7.4 requires.
///
/// A close payload is empty (no code), or a two-byte code the peer may send followed by a UTF-8
/// reason; one byte, a reserved code or a malformed reason fail the connection.
public struct WebSocketClosePayload: Sendable, Hashable {
    /// The peer's code, or `nil` for an empty close frame (reported as 1005 by convention).
    public var code: WebSocketCloseCode?
    public var reason: String

    public init(code: WebSocketCloseCode?, reason: String = "") {
        self.code = code
        self.reason = reason
    }

    /// Reads a received close frame's payload, or the error that fails the connection.
    public static func parse(_ payload: [UInt8]) -> Result<WebSocketClosePayload, WebSocketError> {
        if payload.isEmpty { return .success(WebSocketClosePayload(code: nil)) }
        guard payload.count >= 2 else { return .failure(.closePayloadTooShort) }
        let code = WebSocketCloseCode(rawValue: UInt16(payload[0]) << 8 | UInt16(payload[1]))
        guard code.isValidInCloseFrame else { return .failure(.invalidCloseCode(code.rawValue)) }
        let reason = Array(payload[2...])
        guard UTF8Validator.isValid(reason) else { return .failure(.invalidCloseReason) }
        return .success(WebSocketClosePayload(code: code, reason: String(decoding: reason, as: UTF8.self)))
    }
}
