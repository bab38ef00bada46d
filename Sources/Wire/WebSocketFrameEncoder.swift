/// Builds the bytes of WebSocket frames (RFC 6455 §5.2) in one allocation each.
///
/// A broadcast is encoded once and the same array is written to every subscriber, so encoding
/// reserves the exact size, writes the header, copies the payload and masks it in place. Lengths use
/// their shortest form. Servers send unmasked frames; clients pass the masking key they chose.
///
/// ```swift
/// WebSocketFrameEncoder.text("Hello")  // 81 05 48 65 6c 6c 6f
/// ```
public enum WebSocketFrameEncoder {
    /// The largest control-frame payload; `ping`, `pong` and `close` trim to it.
    public static let maxControlPayloadLength = 125

    /// The frame for `payload`. The caller keeps control frames final and at most 125 bytes, which
    /// the named helpers below do for it.
    public static func encode(
        opcode: WebSocketOpcode, payload: UnsafeRawBufferPointer, fin: Bool = true,
        maskingKey: WebSocketMaskingKey? = nil
    ) -> [UInt8] {
        let count = payload.count
        let lengthBytes = extendedLengthSize(count)
        let headerLength = 2 + lengthBytes + (maskingKey == nil ? 0 : 4)
        return [UInt8](unsafeUninitializedCapacity: headerLength + count) { output, initialized in
            writeHead(opcode: opcode, fin: fin, masked: maskingKey != nil, payloadLength: count, into: output)
            if let maskingKey {
                let (k0, k1, k2, k3) = maskingKey.bytes
                output[2 + lengthBytes] = k0
                output[3 + lengthBytes] = k1
                output[4 + lengthBytes] = k2
                output[5 + lengthBytes] = k3
            }
            let body = UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(output)[headerLength...])
            if count > 0 { body.copyMemory(from: payload) }
            maskingKey?.apply(to: body)
            initialized = headerLength + count
        }
    }

    /// The header of an unmasked frame whose payload of `payloadLength` bytes the caller sends next,
    /// so one shared payload can go out behind each connection's own header.
    public static func header(opcode: WebSocketOpcode, payloadLength: Int, fin: Bool = true) -> [UInt8] {
        let length = 2 + extendedLengthSize(payloadLength)
        return [UInt8](unsafeUninitializedCapacity: length) { output, initialized in
            writeHead(opcode: opcode, fin: fin, masked: false, payloadLength: payloadLength, into: output)
            initialized = length
        }
    }

    /// Writes an unmasked frame header at the start of `output` (at least 10 bytes), returning its length:
    /// for a sender that keeps headers inline rather than in an array of their own.
    public static func writeHeader(
        opcode: WebSocketOpcode, payloadLength: Int, fin: Bool = true, into output: UnsafeMutableRawBufferPointer
    ) -> Int {
        let length = 2 + extendedLengthSize(payloadLength)
        precondition(output.count >= length, "a frame header needs up to 10 bytes")
        writeHead(
            opcode: opcode, fin: fin, masked: false, payloadLength: payloadLength,
            into: output.bindMemory(to: UInt8.self))
        return length
    }

    /// Bytes after the second header byte that the shortest length form needs: 0, 2 or 8.
    private static func extendedLengthSize(_ count: Int) -> Int { count < 126 ? 0 : (count <= 0xFFFF ? 2 : 8) }

    /// Writes the first byte and the shortest length form (RFC 6455 §5.2) at the start of `output`.
    private static func writeHead(
        opcode: WebSocketOpcode, fin: Bool, masked: Bool, payloadLength count: Int,
        into output: UnsafeMutableBufferPointer<UInt8>
    ) {
        output[0] = (fin ? 0x80 : 0) | opcode.rawValue
        let maskBit: UInt8 = masked ? 0x80 : 0
        if count < 126 {
            output[1] = maskBit | UInt8(truncatingIfNeeded: count)
        } else if count <= 0xFFFF {
            output[1] = maskBit | 126
            output[2] = UInt8(truncatingIfNeeded: count >> 8)
            output[3] = UInt8(truncatingIfNeeded: count)
        } else {
            output[1] = maskBit | 127
            let length = UInt64(count)
            for index in 0..<8 { output[2 + index] = UInt8(truncatingIfNeeded: length >> UInt64(56 - 8 * index)) }
        }
    }

    /// The frame for `payload`.
    public static func encode(
        opcode: WebSocketOpcode, payload: [UInt8], fin: Bool = true, maskingKey: WebSocketMaskingKey? = nil
    ) -> [UInt8] {
        payload.withUnsafeBytes { encode(opcode: opcode, payload: $0, fin: fin, maskingKey: maskingKey) }
    }

    /// The frame for `frame`, masked when a key is given.
    public static func encode(_ frame: WebSocketFrame, maskingKey: WebSocketMaskingKey? = nil) -> [UInt8] {
        encode(opcode: frame.opcode, payload: frame.payload, fin: frame.fin, maskingKey: maskingKey)
    }

    /// A final text frame holding `text` as UTF-8.
    public static func text(_ text: String, maskingKey: WebSocketMaskingKey? = nil) -> [UInt8] {
        var text = text
        return text.withUTF8 { encode(opcode: .text, payload: UnsafeRawBufferPointer($0), maskingKey: maskingKey) }
    }

    /// A final binary frame holding `bytes`.
    public static func binary(_ bytes: [UInt8], maskingKey: WebSocketMaskingKey? = nil) -> [UInt8] {
        encode(opcode: .binary, payload: bytes, maskingKey: maskingKey)
    }

    /// A ping carrying at most the first 125 bytes of `payload`.
    public static func ping(_ payload: [UInt8] = [], maskingKey: WebSocketMaskingKey? = nil) -> [UInt8] {
        encode(opcode: .ping, payload: Array(payload.prefix(maxControlPayloadLength)), maskingKey: maskingKey)
    }

    /// A pong carrying at most the first 125 bytes of `payload`, as the answer to a ping with it.
    public static func pong(_ payload: [UInt8] = [], maskingKey: WebSocketMaskingKey? = nil) -> [UInt8] {
        encode(opcode: .pong, payload: Array(payload.prefix(maxControlPayloadLength)), maskingKey: maskingKey)
    }

    /// A close frame with `code` and `reason`, or an empty one when `code` is `nil`.
    ///
    /// The reason is cut at a character boundary to fit the 123 bytes left after the code, so the
    /// frame is always valid.
    public static func close(
        code: WebSocketCloseCode?, reason: String = "", maskingKey: WebSocketMaskingKey? = nil
    ) -> [UInt8] {
        guard let code else { return encode(opcode: .close, payload: [], maskingKey: maskingKey) }
        var payload: [UInt8] = [
            UInt8(truncatingIfNeeded: code.rawValue >> 8), UInt8(truncatingIfNeeded: code.rawValue),
        ]
        var budget = maxControlPayloadLength - 2
        for scalar in reason.unicodeScalars {
            let encoded = scalar.utf8
            guard encoded.count <= budget else { break }
            payload.append(contentsOf: encoded)
            budget -= encoded.count
        }
        return encode(opcode: .close, payload: payload, maskingKey: maskingKey)
    }
}
