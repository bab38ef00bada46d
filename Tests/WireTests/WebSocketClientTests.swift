import Testing
import Wire

/// The RFC 6455 §1.3 sample: key "dGhlIHNhbXBsZSBub25jZQ==" is the Base64 of these 16 bytes.
private let sampleKey = Array("the sample nonce".utf8)

@Test func clientHandshakeRequestIsTheRFCUpgradeByteForByte() {
    let handshake = WebSocketClientHandshake(host: "server.example.com", path: "/chat", keyBytes: sampleKey)
    #expect(handshake.key == "dGhlIHNhbXBsZSBub25jZQ==")
    let expected =
        "GET /chat HTTP/1.1\r\nHost: server.example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    #expect(handshake.request == utf8(expected))
}

private let acceptedHead =
    "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
    + "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n"

@Test func clientHandshakeAcceptsTheRFCAnswerFedWholeOrBytewiseAndKeepsTheFirstFrame() {
    let reply = utf8(acceptedHead) + hex("81 02 68 69")
    var whole = WebSocketClientHandshake(host: "h", path: "/ws", keyBytes: sampleKey)
    whole.append(reply)
    #expect(whole.parse() == .accepted(leftover: hex("81 02 68 69")))
    var bytewise = WebSocketClientHandshake(host: "h", path: "/ws", keyBytes: sampleKey)
    var results: [WebSocketClientHandshake.ParseResult] = []
    for byte in reply {
        bytewise.append([byte])
        results.append(bytewise.parse())
    }
    #expect(results.filter { $0 != .needMoreData }.first == .accepted(leftover: []))
    #expect(results.last == .accepted(leftover: hex("81 02 68 69")))
}

@Test(arguments: [
    (
        "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n",
        WebSocketClientHandshakeError.notUpgraded(status: 404, reason: "Not Found")
    ),
    (
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: AAAA\r\n\r\n",
        .wrongAcceptValue
    ),
    ("HTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n", .missingUpgrade),
    ("SSH-2.0-OpenSSH_9.2\r\n\r\n", .malformedResponse),
])
func clientHandshakeRefusesAnswersThatAreNotOurUpgrade(reply: String, error: WebSocketClientHandshakeError) {
    var handshake = WebSocketClientHandshake(host: "h", path: "/ws", keyBytes: sampleKey)
    handshake.append(utf8(reply))
    #expect(handshake.parse() == .refused(error))
}

@Test func clientHandshakeGivesUpOnAHeadLongerThanTheLimit() {
    var handshake = WebSocketClientHandshake(host: "h", path: "/ws", keyBytes: sampleKey)
    handshake.append(utf8("HTTP/1.1 101 OK\r\n") + Array(repeating: UInt8(ascii: "x"), count: 8200))
    #expect(handshake.parse() == .refused(.headTooLong))
}

@Test func clientConnectionMasksWhatItSendsWithTheSeededKeys() {
    var stream = WebSocketMaskingKeyStream(seed: 7)
    let key = stream.next()
    var connection = WebSocketConnection(role: .client, maskingSeed: 7)
    let frame = connection.textFrame("Hello")
    #expect(frame == WebSocketFrameEncoder.text("Hello", maskingKey: key))
    #expect(frame[1] == 0x85)
    var server = WebSocketConnection()
    server.append(frame)
    #expect(server.nextAction() == .deliverText("Hello"))
}

@Test func clientConnectionReadsUnmaskedServerFramesAndAnswersPingsMasked() {
    var connection = WebSocketConnection(role: .client, maskingSeed: 1)
    connection.append(hex("81 05 48 65 6c 6c 6f 89 01 70"))
    #expect(connection.nextAction() == .deliverText("Hello"))
    var stream = WebSocketMaskingKeyStream(seed: 1)
    #expect(connection.nextAction() == .send(WebSocketFrameEncoder.pong(utf8("p"), maskingKey: stream.next())))
}

@Test func clientConnectionFailsWithProtocolErrorOnAMaskedServerFrame() {
    var connection = WebSocketConnection(role: .client, maskingSeed: 1)
    connection.append(hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"))
    guard case .fail(_, let closeFrame)? = connection.nextAction() else {
        Issue.record("a masked frame from the server must fail the connection")
        return
    }
    #expect(closeFrame[0] == 0x88 && closeFrame[1] & 0x80 == 0x80)
}

@Test func maskingKeyStreamIsReproducibleAndVaries() {
    var a = WebSocketMaskingKeyStream(seed: 42)
    var b = WebSocketMaskingKeyStream(seed: 42)
    let first = (0..<4).map { _ in a.next() }
    #expect(first == (0..<4).map { _ in b.next() })
    #expect(Set(first.map(\.raw)).count == 4)
}
