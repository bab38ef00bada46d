/// Turns received bytes into WebSocket frames (RFC 6455 §5.2), enforcing every framing rule.
///
/// Sans-IO: the caller appends whatever the socket produced and calls `parseStep()` until it says
/// `.needMoreData`. Header rules are checked as soon as the header bytes are in, before the payload
/// arrives, so a peer announcing a 2^63-byte frame is refused after ten bytes rather than buffered.
/// The first error is sticky: the connection is failed and nothing after it is parsed.
///
/// ```swift
/// var decoder = WebSocketFrameDecoder()
/// decoder.append([0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58])
/// decoder.parseStep()  // .frame(WebSocketFrame(fin: true, opcode: .text, payload: Array("Hello".utf8)))
/// decoder.parseStep()  // .needMoreData
/// ```
public struct WebSocketFrameDecoder: Sendable {
    /// What one parse step found.
    public enum ParseResult: Sendable, Hashable {
        /// The buffered bytes hold no complete frame yet.
        case needMoreData
        case frame(WebSocketFrame)
        /// The peer broke the protocol; fail the connection with the error's close code.
        case error(WebSocketError)
    }

    /// 64 KiB: the default message limit, since a single frame cannot be larger than its message.
    public static let defaultMaxPayloadLength = 1 << 16

    /// The largest data-frame payload accepted; larger ones fail with 1009 once their header is read.
    /// Control frames have their own fixed limit of 125 bytes. May be lowered between frames, which is
    /// how the connection makes a fragment that would overflow the message fail at its header.
    public var maxPayloadLength: Int
    /// Which side this decoder is on, which decides whether frames must be masked or must not be.
    public let role: WebSocketRole

    private var buffer = InputBuffer()
    private var failure: WebSocketError?

    public init(role: WebSocketRole = .server, maxPayloadLength: Int = defaultMaxPayloadLength) {
        self.role = role
        self.maxPayloadLength = maxPayloadLength
    }

    /// Adds received bytes; frames spanning several calls are reassembled.
    public mutating func append(_ bytes: [UInt8]) { buffer.append(bytes) }

    /// Adds received bytes; frames spanning several calls are reassembled.
    public mutating func append(_ bytes: ArraySlice<UInt8>) { buffer.append(bytes) }

    /// Adds received bytes straight from a read buffer.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) { buffer.append(bytes) }

    /// How many received bytes are waiting to be parsed.
    public var bufferedByteCount: Int { buffer.count }

    /// Parses the next frame from the buffered bytes, if they hold a whole one.
    public mutating func parseStep() -> ParseResult {
        if let failure { return .error(failure) }
        switch parseHeader() {
        case .needMoreData:
            return .needMoreData
        case .error(let error):
            failure = error
            return .error(error)
        case .header(let header):
            guard UInt64(buffer.count - header.length) >= header.payloadLength else { return .needMoreData }
            let payloadLength = Int(header.payloadLength)
            var payload = buffer.copy(from: header.length, length: payloadLength)
            header.maskingKey?.apply(to: &payload)
            buffer.consume(header.length + payloadLength)
            return .frame(WebSocketFrame(fin: header.fin, opcode: header.opcode, payload: payload))
        }
    }

    /// The opcode of the next frame once its first byte is in, `nil` before that or for a reserved one;
    /// after a `frameTooLarge` error it names the frame that was refused.
    var nextOpcode: WebSocketOpcode? {
        buffer.count > 0 ? WebSocketOpcode(rawValue: buffer[0] & 0x0F) : nil
    }

    /// The frame still arriving, with only the unmasked payload bytes received so far from `offset`
    /// on; `nil` unless its header is complete and its payload is not.
    ///
    /// This lets the connection validate a text frame's UTF-8 while it is still arriving, so an
    /// invalid prefix fails the connection without waiting for up to 64 KiB more.
    public func partialFrame(payloadFrom offset: Int) -> WebSocketFrame? {
        guard failure == nil, case .header(let header) = parseHeader() else { return nil }
        let received = buffer.count - header.length
        guard UInt64(received) < header.payloadLength, offset >= 0, offset <= received else { return nil }
        var payload = buffer.copy(from: header.length + offset, length: received - offset)
        header.maskingKey?.advanced(by: offset).apply(to: &payload)
        return WebSocketFrame(fin: header.fin, opcode: header.opcode, payload: payload)
    }

    private struct Header {
        var fin: Bool
        var opcode: WebSocketOpcode
        var maskingKey: WebSocketMaskingKey?
        var payloadLength: UInt64
        /// Bytes before the payload, including the extended length and the masking key.
        var length: Int
    }

    private enum HeaderResult {
        case needMoreData
        case header(Header)
        case error(WebSocketError)
    }

    private func parseHeader() -> HeaderResult {
        guard buffer.count >= 2 else { return .needMoreData }
        let first = buffer[0]
        let second = buffer[1]
        let fin = first & 0x80 != 0
        guard first & 0x70 == 0 else { return .error(.reservedBitsSet) }
        guard let opcode = WebSocketOpcode(rawValue: first & 0x0F) else {
            return .error(.unknownOpcode(first & 0x0F))
        }
        let masked = second & 0x80 != 0
        switch role {
        case .server where !masked: return .error(.unmaskedFrame)
        case .client where masked: return .error(.maskedFrame)
        case .server, .client: break
        }
        let shortLength = second & 0x7F
        if opcode.isControl {
            guard fin else { return .error(.fragmentedControlFrame) }
            guard shortLength <= 125 else { return .error(.controlFrameTooLong) }
        }
        var length = 2
        let payloadLength: UInt64
        switch shortLength {
        case 126:
            guard buffer.count >= 4 else { return .needMoreData }
            payloadLength = UInt64(buffer[2]) << 8 | UInt64(buffer[3])
            guard payloadLength >= 126 else { return .error(.invalidPayloadLength) }
            length = 4
        case 127:
            guard buffer.count >= 10 else { return .needMoreData }
            var value: UInt64 = 0
            for index in 2..<10 { value = value << 8 | UInt64(buffer[index]) }
            guard value & (1 << 63) == 0, value > 0xFFFF else { return .error(.invalidPayloadLength) }
            payloadLength = value
            length = 10
        default:
            payloadLength = UInt64(shortLength)
        }
        if !opcode.isControl && payloadLength > UInt64(max(0, maxPayloadLength)) {
            return .error(.frameTooLarge(length: payloadLength, limit: maxPayloadLength))
        }
        var maskingKey: WebSocketMaskingKey?
        if masked {
            guard buffer.count >= length + 4 else { return .needMoreData }
            maskingKey = WebSocketMaskingKey(buffer[length], buffer[length + 1], buffer[length + 2], buffer[length + 3])
            length += 4
        }
        return .header(
            Header(fin: fin, opcode: opcode, maskingKey: maskingKey, payloadLength: payloadLength, length: length))
    }
}
