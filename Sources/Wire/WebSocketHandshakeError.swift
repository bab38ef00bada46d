/// Why an upgrade request was refused, with the HTTP status to answer and a plain message.
public enum WebSocketHandshakeError: Error, Sendable, Hashable {
    case methodNotGet
    /// HTTP/1.0 cannot upgrade.
    case versionTooOld
    case missingHost
    case missingUpgrade
    case missingConnectionUpgrade
    /// `Sec-WebSocket-Version` missing or not 13; answered with 426 and the version we speak.
    case unsupportedVersion
    /// `Sec-WebSocket-Key` missing, repeated, or not the Base64 of 16 bytes.
    case invalidKey

    public var status: HTTPStatus {
        switch self {
        case .methodNotGet: .methodNotAllowed
        case .unsupportedVersion: .upgradeRequired
        case .versionTooOld, .missingHost, .missingUpgrade, .missingConnectionUpgrade, .invalidKey: .badRequest
        }
    }

    public var message: String {
        switch self {
        case .methodNotGet: "a WebSocket upgrade must use GET"
        case .versionTooOld: "a WebSocket upgrade needs HTTP/1.1"
        case .missingHost: "exactly one Host header is required"
        case .missingUpgrade: "Upgrade: websocket is required"
        case .missingConnectionUpgrade: "Connection: Upgrade is required"
        case .unsupportedVersion: "only WebSocket version 13 is supported"
        case .invalidKey: "Sec-WebSocket-Key must be the Base64 of 16 bytes"
        }
    }

    /// The complete response to write before closing the connection.
    public var response: [UInt8] {
        var headers = HTTPHeaders()
        switch self {
        case .unsupportedVersion: headers.add(name: "Sec-WebSocket-Version", value: WebSocketHandshake.version)
        case .methodNotGet: headers.add(name: "Allow", value: "GET")
        case .versionTooOld, .missingHost, .missingUpgrade, .missingConnectionUpgrade, .invalidKey: break
        }
        return HTTPResponseHead.plainText(status: status, body: message + "\n", headers: headers)
    }
}
