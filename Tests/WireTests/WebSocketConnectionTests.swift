import Testing
import Wire

typealias Action = WebSocketConnection.Action

/// The action a connection takes on `error`: a close frame with its code and message, then close.
func failure(_ error: WebSocketError) -> Action {
    .fail(error, closeFrame: WebSocketFrameEncoder.close(code: error.closeCode, reason: error.message))
}

/// The close code in the first close frame of `actions`, as the peer would read it.
func sentCloseCode(_ actions: [Action]) -> UInt16? {
    guard case .fail(_, let frame) = actions.first, frame.count >= 4 else { return nil }
    return UInt16(frame[2]) << 8 | UInt16(frame[3])
}

@Test func connectionDeliversTheRFCMaskedHelloAsText() {
    let actions = decodeWholeAndBytewise(WebSocketConnection(), hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"))
    #expect(actions == [.deliverText("Hello")])
}

@Test func connectionAnswersTheRFCMaskedPingWithAnUnmaskedPong() {
    let actions = decodeWholeAndBytewise(WebSocketConnection(), hex("89 85 37 fa 21 3d 7f 9f 4d 51 58"))
    #expect(actions == [.send(hex("8a 05 48 65 6c 6c 6f"))])
}

@Test func connectionAnswersAPingInterleavedBetweenFragments() {
    let input =
        clientFrame(.text, utf8("Hel"), fin: false) + clientFrame(.ping, utf8("p"))
        + clientFrame(.continuation, utf8("lo"))
    let actions = decodeWholeAndBytewise(WebSocketConnection(), input)
    #expect(actions == [.send(hex("8a 01 70")), .deliverText("Hello")])
}

@Test func connectionReportsPongsForHeartbeats() {
    let actions = decodeWholeAndBytewise(WebSocketConnection(), clientFrame(.pong, [1, 2]))
    #expect(actions == [.pongReceived([1, 2])])
}

@Test func connectionEchoesThePeersCloseAndIgnoresEverythingAfterIt() {
    let input = clientFrame(.close, hex("03 e8") + utf8("bye")) + clientFrame(.text, utf8("late"))
    let actions = decodeWholeAndBytewise(WebSocketConnection(), input)
    #expect(
        actions == [.peerClosed(WebSocketClosePayload(code: .normalClosure, reason: "bye"), reply: hex("88 02 03 e8"))])
}

@Test func connectionEchoesAnEmptyCloseWithAnEmptyClose() {
    let actions = decodeWholeAndBytewise(WebSocketConnection(), clientFrame(.close, []))
    #expect(actions == [.peerClosed(WebSocketClosePayload(code: nil), reply: hex("88 00"))])
}

@Test(arguments: [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999])
func connectionAcceptsAndEchoesEveryValidCloseCode(code: UInt16) {
    let payload = [UInt8(code >> 8), UInt8(code & 0xFF)]
    let actions = decodeWholeAndBytewise(WebSocketConnection(), clientFrame(.close, payload))
    let close = WebSocketClosePayload(code: WebSocketCloseCode(rawValue: code))
    #expect(actions == [.peerClosed(close, reply: hex("88 02") + payload)])
}

@Test(arguments: [0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535])
func connectionFailsACloseWithAReservedCodeWith1002(code: UInt16) {
    let actions = decodeWholeAndBytewise(
        WebSocketConnection(), clientFrame(.close, [UInt8(code >> 8), UInt8(code & 0xFF)]))
    #expect(actions == [failure(.invalidCloseCode(code))])
    #expect(sentCloseCode(actions) == 1002)
}

@Test(arguments: [
    (hex("03"), WebSocketError.closePayloadTooShort, UInt16(1002)),
    (hex("03 e8 ce ba e1 bd b9 cf 83 ce bc ce b5 ed a0 80 65 64 69 74 65 64"), .invalidCloseReason, 1007),
])
func connectionFailsAMalformedCloseWithItsCode(payload: [UInt8], error: WebSocketError, code: UInt16) {
    let actions = decodeWholeAndBytewise(WebSocketConnection(), clientFrame(.close, payload))
    #expect(actions == [failure(error)])
    #expect(sentCloseCode(actions) == code)
}

/// The close frame sent on failure carries the code and the error's message, readable by a client.
@Test func connectionFailsAnUnmaskedFrameWithA1002CloseFrameAndThenStops() {
    var connection = WebSocketConnection()
    connection.append(hex("81 05 48 65 6c 6c 6f") + clientFrame(.text, utf8("after")))
    guard case .fail(let error, let closeFrame) = connection.nextAction() else {
        Issue.record("expected a failure")
        return
    }
    #expect(error == .unmaskedFrame)
    var client = WebSocketFrameDecoder(role: .client)
    client.append(closeFrame)
    let sent = client.parseStep()
    #expect(sent == .frame(WebSocketFrame(opcode: .close, payload: hex("03 ea") + utf8(error.message))))
    let afterFailure = connection.nextAction()
    #expect(afterFailure == nil)
    #expect(connection.state == .closed)
}

@Test func connectionFailsInvalidUTF8InTheFirstFragmentWithoutWaitingForTheRest() {
    let actions = decodeWholeAndBytewise(WebSocketConnection(), clientFrame(.text, hex("ce ba f4 90"), fin: false))
    #expect(actions == [failure(.invalidUTF8)])
    #expect(sentCloseCode(actions) == 1007)
}

/// A fragment that would overflow the message fails at its header: its payload never arrives here.
@Test func connectionFailsAnOverflowingFragmentAtItsHeaderWith1009() {
    let header = Array(clientFrame(.continuation, [UInt8](repeating: 0, count: 5)).prefix(6))
    let input = clientFrame(.binary, [UInt8](repeating: 0, count: 6), fin: false) + header
    let actions = decodeWholeAndBytewise(WebSocketConnection(maxMessageLength: 10), input)
    #expect(actions == [failure(.messageTooLarge(limit: 10))])
    #expect(sentCloseCode(actions) == 1009)
}

/// A data frame out of place is a protocol error whatever its size, as the assembler reports it: a
/// header announcing more than the message has room for must not turn it into 1009.
@Test(arguments: [
    (
        clientFrame(.text, utf8("Hel"), fin: false) + hex("82 fe 01 2c 37 fa 21 3d"),
        WebSocketError.expectedContinuation, UInt16(1002)
    ),
    (hex("80 fe 01 2c 37 fa 21 3d"), .unexpectedContinuation, 1002),
    (
        clientFrame(.text, utf8("a"), fin: false) + clientFrame(.continuation, utf8("b"), fin: false)
            + hex("00 fe 01 2c 37 fa 21 3d"),
        .tooManyFragments(limit: 2), 1008
    ),
])
func connectionReportsAMisplacedOversizedFrameByItsPlace(input: [UInt8], error: WebSocketError, code: UInt16) {
    let actions = decodeWholeAndBytewise(WebSocketConnection(maxMessageLength: 100, maxFragmentCount: 2), input)
    #expect(actions == [failure(error)])
    #expect(sentCloseCode(actions) == code)
}

@Test func connectionServerCloseDiscardsDataAndPingsUntilThePeerAnswers() {
    var connection = WebSocketConnection()
    let first = connection.close(code: .goingAway, reason: "restart")
    #expect(first == hex("88 09 03 e9") + utf8("restart"))
    let second = connection.close()
    #expect(second == nil)
    #expect(connection.state == .closing)
    connection.append(clientFrame(.text, utf8("late")) + clientFrame(.ping, []) + clientFrame(.close, hex("03 e9")))
    let answer = connection.nextAction()
    #expect(answer == .closeAcknowledged(WebSocketClosePayload(code: .goingAway)))
    #expect(connection.state == .closed)
    let afterClose = connection.nextAction()
    #expect(afterClose == nil)
}

@Test func connectionFailsWithAnEmptyCloseFrameWhenItAlreadySentOne() {
    var connection = WebSocketConnection()
    _ = connection.close()
    connection.append(hex("c1 80 00 00 00 00"))
    let action = connection.nextAction()
    #expect(action == .fail(.reservedBitsSet, closeFrame: []))
}

/// Autobahn 6.4.3: one text frame sent in chops fails at the chop with the invalid bytes, before the
/// rest of the frame arrives.
@Test func connectionFailsInvalidUTF8InsideAFrameThatIsStillArriving() {
    let frame = clientFrame(.text, utf8("κόσμε") + hex("f4 90 80 80") + utf8("edited"))
    let invalidAt = 6 + utf8("κόσμε").count + 1
    var connection = WebSocketConnection()
    connection.append(Array(frame[..<invalidAt]))
    let beforeInvalidByte = connection.nextAction()
    #expect(beforeInvalidByte == nil)
    connection.append([frame[invalidAt]])
    let atInvalidByte = connection.nextAction()
    #expect(atInvalidByte == failure(.invalidUTF8))
}

@Test func connectionFailsInvalidUTF8InAContinuationStillArrivingFromTheMessagesState() {
    let first = clientFrame(.text, hex("e2 82"), fin: false)
    let continuation = clientFrame(.continuation, hex("41") + utf8(String(repeating: "x", count: 50)))
    var connection = WebSocketConnection()
    connection.append(first + Array(continuation.prefix(7)))
    let action = connection.nextAction()
    #expect(action == failure(.invalidUTF8))
}

@Test func connectionDeliversValidTextThatArrivesInChops() {
    let text = String(repeating: "政务服务", count: 20)
    #expect(decodeWholeAndBytewise(WebSocketConnection(), clientFrame(.text, utf8(text))) == [.deliverText(text)])
}
