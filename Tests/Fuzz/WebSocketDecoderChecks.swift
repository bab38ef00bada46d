// Part of the libFuzzer target `websocket` (see WebSocketFuzzer.swift): the frame decoder on its
// own in either role, and the UTF-8 validator against the standard library's.

/// Every result a fresh decoder gives for `pieces` (which together are `stream`), up to its first
/// error, checking each frame and, fed whole, that re-encoding the frames gives back the bytes.
func decodeFrames(
    role: WebSocketRole, limit: Int, stream: ArraySlice<UInt8>, pieces: [ArraySlice<UInt8>]
) -> [WebSocketFrameDecoder.ParseResult] {
    var decoder = WebSocketFrameDecoder(role: role, maxPayloadLength: limit)
    var results: [WebSocketFrameDecoder.ParseResult] = []
    var consumed = stream.startIndex
    // The payload seen so far of the frame still arriving, as `partialFrame` hands it out.
    var partial: WebSocketFrame?
    for (index, piece) in pieces.enumerated() {
        // Every third piece through the slice overload, which the other targets have no use for.
        if index % 3 == 2 { decoder.append(piece) } else { decoder.append(piece: piece, index: index) }
        while true {
            let result = decoder.parseStep()
            switch result {
            case .needMoreData:
                if let more = decoder.partialFrame(payloadFrom: partial?.payload.count ?? 0) {
                    let previous = partial ?? WebSocketFrame(fin: more.fin, opcode: more.opcode)
                    require(previous.fin == more.fin && previous.opcode == more.opcode, "partial frame changed")
                    partial = WebSocketFrame(
                        fin: more.fin, opcode: more.opcode, payload: previous.payload + more.payload)
                }
            case .frame(let frame):
                check(frame, role: role, limit: limit)
                if let partial {
                    require(
                        partial.fin == frame.fin && partial.opcode == frame.opcode
                            && frame.payload.starts(with: partial.payload), "partial frame is not a prefix of the frame"
                    )
                }
                partial = nil
                consumed = checkRoundTrip(frame, role: role, stream: stream, at: consumed)
                results.append(result)
                continue
            case .error(let error):
                require(decoder.parseStep() == result, "error \(error) is not sticky")
                results.append(result)
                return results
            }
            break
        }
    }
    require(decoder.bufferedByteCount == stream.endIndex - consumed, "decoder buffers bytes it has handed out")
    return results
}

/// Checks the rules the decoder enforces on every frame it produces.
func check(_ frame: WebSocketFrame, role: WebSocketRole, limit: Int) {
    if frame.opcode.isControl {
        require(frame.fin && frame.payload.count <= 125, "bad control frame \(frame)")
    } else {
        require(frame.payload.count <= max(0, limit), "data frame of \(frame.payload.count) bytes over the limit")
    }
}

/// The decoder accepts lengths only in their shortest form and no reserved bits, so encoding a frame
/// again (with the key read from the stream) must give back exactly the bytes it came from.
/// Returns where the next frame starts.
func checkRoundTrip(
    _ frame: WebSocketFrame, role: WebSocketRole, stream: ArraySlice<UInt8>, at start: Int
) -> Int {
    let count = frame.payload.count
    let keyOffset = start + 2 + (count < 126 ? 0 : count <= 0xFFFF ? 2 : 8)
    var key: WebSocketMaskingKey?
    if role == .server {
        require(keyOffset + 4 <= stream.endIndex, "frame decoded past the end of the stream")
        key = WebSocketMaskingKey(
            stream[keyOffset], stream[keyOffset + 1], stream[keyOffset + 2], stream[keyOffset + 3])
    }
    let encoded = WebSocketFrameEncoder.encode(frame, maskingKey: key)
    let end = start + encoded.count
    require(end <= stream.endIndex && stream[start..<end].elementsEqual(encoded), "frame does not re-encode")
    return end
}

/// `UTF8Validator`, fed piece by piece, must agree with the standard library on `stream`.
func checkUTF8Validator(_ stream: ArraySlice<UInt8>, pieces: [ArraySlice<UInt8>]) {
    var validator = UTF8Validator()
    var valid = true
    for piece in pieces where valid {
        valid = validator.validate(Array(piece))
    }
    valid = valid && validator.isAtCharacterBoundary
    let expected = String(validating: stream, as: UTF8.self) != nil
    require(valid == expected, "UTF8Validator says \(valid), the standard library \(expected)")
    require(UTF8Validator.isValid(Array(stream)) == expected, "UTF8Validator.isValid disagrees")
}
