import Testing
import Wire

@Test func encoderWritesTheRFCUnmaskedHelloFrame() {
    #expect(WebSocketFrameEncoder.text("Hello") == hex("81 05 48 65 6c 6c 6f"))
}

@Test func encoderWritesTheRFCMaskedHelloFrame() {
    #expect(WebSocketFrameEncoder.text("Hello", maskingKey: exampleKey) == hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"))
}

@Test func encoderWritesTheRFCFragmentedHelloFrames() {
    #expect(WebSocketFrameEncoder.encode(opcode: .text, payload: utf8("Hel"), fin: false) == hex("01 03 48 65 6c"))
    #expect(WebSocketFrameEncoder.encode(opcode: .continuation, payload: utf8("lo")) == hex("80 02 6c 6f"))
}

@Test func encoderWritesTheRFCPingAndMaskedPongFrames() {
    #expect(WebSocketFrameEncoder.ping(utf8("Hello")) == hex("89 05 48 65 6c 6c 6f"))
    #expect(
        WebSocketFrameEncoder.pong(utf8("Hello"), maskingKey: exampleKey) == hex("8a 85 37 fa 21 3d 7f 9f 4d 51 58"))
}

@Test func encoderUsesTheSixteenBitLengthForTheRFC256ByteFrame() {
    let payload = (0..<256).map { UInt8(truncatingIfNeeded: $0) }
    #expect(WebSocketFrameEncoder.binary(payload) == hex("82 7e 01 00") + payload)
}

@Test func encoderUsesTheSixtyFourBitLengthForTheRFC64KiBFrame() {
    let payload = [UInt8](repeating: 0x5A, count: 65536)
    #expect(WebSocketFrameEncoder.binary(payload) == hex("82 7f 00 00 00 00 00 01 00 00") + payload)
}

/// The shortest length form at each boundary: 7 bits up to 125, 16 bits up to 65535, then 64.
@Test(arguments: [
    (0, hex("82 00")), (125, hex("82 7d")), (126, hex("82 7e 00 7e")), (65535, hex("82 7e ff ff")),
    (65536, hex("82 7f 00 00 00 00 00 01 00 00")),
])
func encoderPicksTheShortestLengthForm(length: Int, header: [UInt8]) {
    let encoded = WebSocketFrameEncoder.binary([UInt8](repeating: 0, count: length))
    #expect(Array(encoded.prefix(header.count)) == header)
    #expect(encoded.count == header.count + length)
}

@Test func encoderWritesCloseFramesWithAndWithoutACode() {
    #expect(WebSocketFrameEncoder.close(code: .normalClosure, reason: "bye") == hex("88 05 03 e8 62 79 65"))
    #expect(WebSocketFrameEncoder.close(code: nil) == hex("88 00"))
}

@Test func encoderCutsALongCloseReasonAtACharacterBoundary() {
    let frame = WebSocketFrameEncoder.close(code: .goingAway, reason: String(repeating: "é", count: 100))
    #expect(frame[1] == 124)
    #expect(Array(frame[2..<4]) == hex("03 e9"))
    #expect(UTF8Validator.isValid(Array(frame[4...])))
}

@Test func encoderCutsAPingPayloadToTheControlFrameLimit() {
    let frame = WebSocketFrameEncoder.ping([UInt8](repeating: 1, count: 200))
    #expect(frame.count == 2 + 125)
    #expect(frame[1] == 125)
}

/// Masking runs eight bytes per step and then byte by byte, so every tail length must round-trip.
@Test(arguments: [0, 1, 3, 4, 7, 8, 9, 13, 16, 125, 126, 1000, 65535, 65536])
func encoderMaskedFramesDecodeBackToTheirPayload(length: Int) {
    let payload = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    var decoder = WebSocketFrameDecoder(maxPayloadLength: 1 << 17)
    decoder.append(WebSocketFrameEncoder.binary(payload, maskingKey: WebSocketMaskingKey(raw: 0xDEAD_BEEF)))
    let decoded = decoder.parseStep()
    #expect(decoded == .frame(WebSocketFrame(opcode: .binary, payload: payload)))
    #expect(decoder.bufferedByteCount == 0)
}

/// Unmasking a payload in pieces needs the key rotated to where each piece starts.
@Test(arguments: [0, 1, 2, 3, 4, 5])
func maskingKeyAdvancedByAnOffsetUnmasksTheRestOfAPayload(offset: Int) {
    let payload = (0..<20).map { UInt8($0) }
    var masked = payload
    exampleKey.apply(to: &masked)
    var rest = Array(masked[offset...])
    exampleKey.advanced(by: offset).apply(to: &rest)
    #expect(rest == Array(payload[offset...]))
}
