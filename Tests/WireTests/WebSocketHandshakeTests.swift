import Testing
import Wire

/// A parsed head with the given header lines, as the HTTP parser would produce it.
func head(_ fields: [(String, String)], version: HTTPVersion = .http1_1) -> HTTPRequestHead {
    HTTPRequestHead(method: "GET", target: "/chat", version: version, headers: HTTPHeaders(fields.map { ($0, $1) }))
}

let rfcUpgradeFields = [
    ("Host", "server.example.com"), ("Upgrade", "websocket"), ("Connection", "Upgrade"),
    ("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="), ("Origin", "http://example.com"),
    ("Sec-WebSocket-Version", "13"),
]

func replacing(_ name: String, with value: String?) -> [(String, String)] {
    rfcUpgradeFields.filter { $0.0 != name } + (value.map { [(name, $0)] } ?? [])
}

@Test func handshakeComputesTheRFCAcceptValue() {
    #expect(WebSocketHandshake.acceptValue(forKey: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
}

@Test func handshakeAnswersTheRFCRequestWithTheExact101Response() throws {
    let expected = utf8(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n")
    #expect(try WebSocketHandshake.respond(to: head(rfcUpgradeFields)).get() == expected)
}

@Test func handshakeAcceptsTokenListsAndAnyCaseInNamesAndTokens() {
    let fields = replacing("Connection", with: "keep-alive, Upgrade").map { ($0.0.lowercased(), $0.1) }
    let upgraded = fields.map { $0.0 == "upgrade" ? ($0.0, "WebSocket") : $0 }
    #expect((try? WebSocketHandshake.respond(to: head(upgraded)).get()) != nil)
}

@Test(arguments: [
    (replacing("Upgrade", with: nil), WebSocketHandshakeError.missingUpgrade, 400),
    (replacing("Upgrade", with: "h2c"), .missingUpgrade, 400),
    (replacing("Connection", with: nil), .missingConnectionUpgrade, 400),
    (replacing("Connection", with: "keep-alive"), .missingConnectionUpgrade, 400),
    (replacing("Host", with: nil), .missingHost, 400),
    (replacing("Sec-WebSocket-Version", with: "8"), .unsupportedVersion, 426),
    (replacing("Sec-WebSocket-Version", with: nil), .unsupportedVersion, 426),
    (replacing("Sec-WebSocket-Key", with: nil), .invalidKey, 400),
    (replacing("Sec-WebSocket-Key", with: "dGhlIHNhbXBsZSBub25jZQ"), .invalidKey, 400),
    (replacing("Sec-WebSocket-Key", with: "dGhlIHNhbXBsZSBub25j"), .invalidKey, 400),
    (rfcUpgradeFields + [("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")], .invalidKey, 400),
])
func handshakeRefusesBadUpgradesWithTheirStatus(fields: [(String, String)], error: WebSocketHandshakeError, status: Int)
{
    #expect(WebSocketHandshake.respond(to: head(fields)) == .failure(error))
    #expect(error.status.code == status)
}

@Test func handshakeRefusesHTTP10With400() {
    #expect(WebSocketHandshake.respond(to: head(rfcUpgradeFields, version: .http1_0)) == .failure(.versionTooOld))
}

@Test func handshakeAnswersAnotherVersionWith426NamingVersion13() {
    let response = String(decoding: WebSocketHandshakeError.unsupportedVersion.response, as: UTF8.self)
    #expect(response.hasPrefix("HTTP/1.1 426 Upgrade Required\r\n"))
    #expect(response.contains("\r\nSec-WebSocket-Version: 13\r\n"))
}

@Test func handshakeTellsAnUpgradeRequestFromAPlainGet() {
    #expect(WebSocketHandshake.isUpgradeRequest(head(rfcUpgradeFields)))
    #expect(!WebSocketHandshake.isUpgradeRequest(head([("Host", "quiz")])))
}
