/// Why a WebSocket connection must be failed, with the close code to send and a plain message.
///
/// Errors are values rather than thrown so that a decoder can hand one back from `parseStep()` like
/// any other result, and so that tests compare them with `==`. Every case maps to exactly one close
/// code, which the connection puts in the close frame it sends before dropping the socket.
public enum WebSocketError: Error, Sendable, Hashable {
    /// RSV1–3 set although no extension was negotiated.
    case reservedBitsSet
    /// An opcode RFC 6455 reserves (3–7, 11–15).
    case unknownOpcode(UInt8)
    /// A client frame without a mask: clients must mask every frame.
    case unmaskedFrame
    /// A server frame with a mask: servers must not mask.
    case maskedFrame
    /// A close, ping or pong with FIN clear.
    case fragmentedControlFrame
    /// A control frame whose payload is longer than 125 bytes.
    case controlFrameTooLong
    /// A length sent in a longer form than needed, or a 64-bit length with the top bit set.
    case invalidPayloadLength
    /// A data frame whose declared length exceeds the limit.
    case frameTooLarge(length: UInt64, limit: Int)
    /// A message that grew past the limit.
    case messageTooLarge(limit: Int)
    /// A message split into more fragments than allowed.
    case tooManyFragments(limit: Int)
    /// A continuation frame with no message in progress.
    case unexpectedContinuation
    /// A new text or binary frame while a fragmented message is still open.
    case expectedContinuation
    /// A text message that is not valid UTF-8.
    case invalidUTF8
    /// A close frame with a one-byte payload, too short for a code.
    case closePayloadTooShort
    /// A close frame whose code may not be sent on the wire.
    case invalidCloseCode(UInt16)
    /// A close frame whose reason is not valid UTF-8.
    case invalidCloseReason
    /// A control frame given to the message assembler, which only takes data frames.
    case controlFrameInMessage

    /// The code to close with.
    public var closeCode: WebSocketCloseCode {
        switch self {
        case .reservedBitsSet, .unknownOpcode, .unmaskedFrame, .maskedFrame, .fragmentedControlFrame,
            .controlFrameTooLong, .invalidPayloadLength, .unexpectedContinuation, .expectedContinuation,
            .closePayloadTooShort, .invalidCloseCode, .controlFrameInMessage:
            .protocolError
        case .invalidUTF8, .invalidCloseReason:
            .invalidPayloadData
        case .frameTooLarge, .messageTooLarge:
            .messageTooBig
        case .tooManyFragments:
            .policyViolation
        }
    }

    /// What went wrong, in a sentence fit for a log line and for the close frame's reason.
    public var message: String {
        switch self {
        case .reservedBitsSet: "reserved bits set without a negotiated extension"
        case .unknownOpcode(let opcode): "unknown opcode \(opcode)"
        case .unmaskedFrame: "client frames must be masked"
        case .maskedFrame: "server frames must not be masked"
        case .fragmentedControlFrame: "control frames must not be fragmented"
        case .controlFrameTooLong: "control frame payload longer than 125 bytes"
        case .invalidPayloadLength: "payload length not in its shortest form"
        case .frameTooLarge(let length, let limit): "frame of \(length) bytes exceeds the limit of \(limit)"
        case .messageTooLarge(let limit): "message exceeds the limit of \(limit) bytes"
        case .tooManyFragments(let limit): "message split into more than \(limit) fragments"
        case .unexpectedContinuation: "continuation frame without a message to continue"
        case .expectedContinuation: "new message started before the previous one finished"
        case .invalidUTF8: "text message is not valid UTF-8"
        case .closePayloadTooShort: "close frame payload of one byte"
        case .invalidCloseCode(let code): "close code \(code) may not be sent"
        case .invalidCloseReason: "close reason is not valid UTF-8"
        case .controlFrameInMessage: "control frame passed to the message assembler"
        }
    }
}
