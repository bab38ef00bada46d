import Testing
import Wire

@Test func decoderReadsTheRFCMaskedHelloFrame() {
    let results = decodeWholeAndBytewise(WebSocketFrameDecoder(), hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"))
    #expect(results == [.frame(WebSocketFrame(opcode: .text, payload: utf8("Hello")))])
}

@Test func decoderReadsBackToBackFragmentsFromOneBuffer() {
    let input = clientFrame(.text, utf8("Hel"), fin: false) + clientFrame(.continuation, utf8("lo"))
    #expect(
        decodeWholeAndBytewise(WebSocketFrameDecoder(), input) == [
            .frame(WebSocketFrame(fin: false, opcode: .text, payload: utf8("Hel"))),
            .frame(WebSocketFrame(opcode: .continuation, payload: utf8("lo"))),
        ])
}

@Test(arguments: [0, 125, 256, 65536])
func decoderReadsMaskedFramesOfEveryLengthForm(length: Int) {
    let payload = (0..<length).map { UInt8(truncatingIfNeeded: $0) }
    let results = decodeWholeAndBytewise(WebSocketFrameDecoder(), clientFrame(.binary, payload))
    #expect(results == [.frame(WebSocketFrame(opcode: .binary, payload: payload))])
}

@Test func decoderInClientRoleReadsTheRFCUnmaskedHelloFrame() {
    let results = decodeWholeAndBytewise(WebSocketFrameDecoder(role: .client), hex("81 05 48 65 6c 6c 6f"))
    #expect(results == [.frame(WebSocketFrame(opcode: .text, payload: utf8("Hello")))])
}

/// Each malformed header fails with its error and close code as soon as the header is in, with no
/// payload bytes sent at all.
@Test(arguments: [
    (hex("c1 85 37 fa 21 3d"), WebSocketError.reservedBitsSet, 1002),
    (hex("a1 85 37 fa 21 3d"), .reservedBitsSet, 1002),
    (hex("91 85 37 fa 21 3d"), .reservedBitsSet, 1002),
    (hex("83 80 00 00 00 00"), .unknownOpcode(3), 1002),
    (hex("8b 80 00 00 00 00"), .unknownOpcode(11), 1002),
    (hex("81 05 48 65 6c 6c 6f"), .unmaskedFrame, 1002),
    (hex("09 80 00 00 00 00"), .fragmentedControlFrame, 1002),
    (hex("89 fe 00 7e"), .controlFrameTooLong, 1002),
    (hex("88 fe 00 7e"), .controlFrameTooLong, 1002),
    (hex("82 fe 00 05"), .invalidPayloadLength, 1002),
    (hex("82 ff 00 00 00 00 00 00 ff ff"), .invalidPayloadLength, 1002),
    (hex("82 ff 80 00 00 00 00 00 00 00"), .invalidPayloadLength, 1002),
    (hex("82 ff 00 00 00 00 00 01 00 01"), .frameTooLarge(length: 65537, limit: 65536), 1009),
    (hex("82 ff 7f ff ff ff ff ff ff ff"), .frameTooLarge(length: UInt64(Int64.max), limit: 65536), 1009),
])
func decoderFailsBadHeadersWithTheirCloseCode(input: [UInt8], error: WebSocketError, code: Int) {
    #expect(decodeWholeAndBytewise(WebSocketFrameDecoder(), input) == [.error(error)])
    #expect(Int(error.closeCode.rawValue) == code)
}

@Test func decoderInClientRoleRefusesMaskedFrames() {
    let results = decodeWholeAndBytewise(WebSocketFrameDecoder(role: .client), hex("81 85 37 fa 21 3d"))
    #expect(results == [.error(.maskedFrame)])
}

@Test func decoderKeepsReportingTheFirstErrorAndParsesNothingAfterIt() {
    var decoder = WebSocketFrameDecoder()
    decoder.append(hex("c1 80 00 00 00 00") + clientFrame(.text, utf8("fine")))
    let first = decoder.parseStep()
    #expect(first == .error(.reservedBitsSet))
    let again = decoder.parseStep()
    #expect(again == .error(.reservedBitsSet))
}

@Test func decoderAppliesThePayloadLimitToDataFramesOnly() {
    let ping = decodeWholeAndBytewise(
        WebSocketFrameDecoder(maxPayloadLength: 0), clientFrame(.ping, [UInt8](repeating: 1, count: 125)))
    #expect(ping == [.frame(WebSocketFrame(opcode: .ping, payload: [UInt8](repeating: 1, count: 125)))])
    let text = decodeWholeAndBytewise(WebSocketFrameDecoder(maxPayloadLength: 0), clientFrame(.text, utf8("a")))
    #expect(text == [.error(.frameTooLarge(length: 1, limit: 0))])
}

@Test func decoderWaitsForTheWholePayloadBeforeReturningAFrame() {
    var decoder = WebSocketFrameDecoder()
    let frame = clientFrame(.text, utf8("Hello"))
    decoder.append(Array(frame.dropLast()))
    let partial = decoder.parseStep()
    #expect(partial == .needMoreData)
    decoder.append([frame[frame.count - 1]])
    let complete = decoder.parseStep()
    #expect(complete == .frame(WebSocketFrame(opcode: .text, payload: utf8("Hello"))))
    let drained = decoder.parseStep()
    #expect(drained == .needMoreData)
}

@Test func decoderShowsTheUnmaskedPartOfAFrameThatIsStillArriving() {
    let frame = clientFrame(.text, utf8("Hello"))
    var decoder = WebSocketFrameDecoder()
    decoder.append(Array(frame.prefix(5)))
    #expect(decoder.partialFrame(payloadFrom: 0) == nil)
    decoder.append(Array(frame[5..<9]))
    #expect(decoder.partialFrame(payloadFrom: 0) == WebSocketFrame(opcode: .text, payload: utf8("Hel")))
    #expect(decoder.partialFrame(payloadFrom: 1) == WebSocketFrame(opcode: .text, payload: utf8("el")))
    decoder.append(Array(frame[9...]))
    #expect(decoder.partialFrame(payloadFrom: 0) == nil)
}

@Test func decoderTakesBytesStraightFromARawReadBufferLikeAnArray() {
    let input = clientFrame(.binary, [1, 2, 3]) + clientFrame(.ping, [])
    var decoder = WebSocketFrameDecoder()
    input.withUnsafeBytes { decoder.append($0) }
    var results: [WebSocketFrameDecoder.ParseResult] = []
    while let result = decoder.next() { results.append(result) }
    #expect(results == decodeWholeAndBytewise(WebSocketFrameDecoder(), input))
    #expect(results.count == 2)
}
