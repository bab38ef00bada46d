/// One side of a WebSocket connection after the handshake, as a sans-IO state machine.
///
/// The server side receives masked frames and sends plain ones; the client side (the terminal
/// clients) the reverse, masking what it sends with keys drawn from a stream the caller seeds, so the
/// codec itself stays free of randomness and every exchange stays reproducible in a test.
///
/// The event loop appends the bytes it read and calls `nextAction()` until it returns `nil`; each
/// action says what to do: hand a message to the application, write bytes, or write bytes and close
/// the socket. Pings are answered here, control frames between fragments are handled, close frames
/// are checked and echoed, and any protocol error becomes a close frame with its code. There is no
/// clock and no socket inside, so every exchange is a plain unit test; the shell owns the timeout
/// for a peer that never answers our close.
///
/// ```swift
/// var connection = WebSocketConnection()
/// connection.append([0x89, 0x80, 0, 0, 0, 0])  // a masked, empty ping
/// connection.nextAction()                      // .send([0x8a, 0x00]): the pong
/// connection.nextAction()                      // nil: read more
/// ```
public struct WebSocketConnection: Sendable {
    /// What the event loop should do next.
    public enum Action: Sendable, Hashable {
        /// A complete, valid text message for the application.
        case deliverText(String)
        /// A complete binary message for the application.
        case deliverBinary([UInt8])
        /// Bytes to write, such as the pong answering a ping.
        case send([UInt8])
        /// A pong arrived, with the payload of the ping it answers (for heartbeats).
        case pongReceived([UInt8])
        /// The peer closed: write `reply` (the echo of its close), then close the socket.
        case peerClosed(WebSocketClosePayload, reply: [UInt8])
        /// The peer answered the close we sent: close the socket.
        case closeAcknowledged(WebSocketClosePayload)
        /// The peer broke the protocol: write `closeFrame` (empty if we had already sent a close),
        /// then close the socket.
        case fail(WebSocketError, closeFrame: [UInt8])
    }

    /// Where the closing handshake stands.
    public enum State: Sendable, Hashable {
        /// Messages flow both ways.
        case open
        /// We sent a close and wait for the peer's; its data frames are discarded meanwhile.
        case closing
        /// Both sides are done, or the connection failed; further input is ignored.
        case closed
    }

    public private(set) var state = State.open
    public let role: WebSocketRole
    private var maskingKeys: WebSocketMaskingKeyStream
    private var decoder: WebSocketFrameDecoder
    private var assembler: WebSocketMessageAssembler
    /// How much of the text frame still arriving has been checked, and the UTF-8 state after it.
    private var partialTextChecked = 0
    private var partialTextValidator: UTF8Validator?

    /// A connection with the given limits (64 KiB messages, 1,024 fragments by default); a client
    /// passes a random `maskingSeed` for the keys of the frames it sends.
    public init(
        role: WebSocketRole = .server,
        maskingSeed: UInt64 = 0,
        maxMessageLength: Int = WebSocketMessageAssembler.defaultMaxMessageLength,
        maxFragmentCount: Int = WebSocketMessageAssembler.defaultMaxFragmentCount
    ) {
        self.role = role
        maskingKeys = WebSocketMaskingKeyStream(seed: maskingSeed)
        decoder = WebSocketFrameDecoder(role: role, maxPayloadLength: maxMessageLength)
        assembler = WebSocketMessageAssembler(maxMessageLength: maxMessageLength, maxFragmentCount: maxFragmentCount)
    }

    /// Adds bytes read from the socket.
    public mutating func append(_ bytes: [UInt8]) {
        if state != .closed { decoder.append(bytes) }
    }

    /// Adds bytes read from the socket, straight from the read buffer.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        if state != .closed { decoder.append(bytes) }
    }

    /// Starts the closing handshake: the close frame to write, or `nil` if a close was already sent.
    public mutating func close(code: WebSocketCloseCode = .normalClosure, reason: String = "") -> [UInt8]? {
        guard state == .open else { return nil }
        state = .closing
        return WebSocketFrameEncoder.close(code: code, reason: reason, maskingKey: nextMaskingKey())
    }

    /// The frame that sends `text` as one message, masked when this is the client side.
    public mutating func textFrame(_ text: String) -> [UInt8] {
        WebSocketFrameEncoder.text(text, maskingKey: nextMaskingKey())
    }

    /// A ping, masked when this is the client side: the heartbeat that tells a dead peer from a quiet one.
    public mutating func pingFrame(_ payload: [UInt8] = []) -> [UInt8] {
        WebSocketFrameEncoder.ping(payload, maskingKey: nextMaskingKey())
    }

    private mutating func nextMaskingKey() -> WebSocketMaskingKey? {
        role == .client ? maskingKeys.next() : nil
    }

    /// The next thing to do with the bytes appended so far, or `nil` when more bytes are needed.
    public mutating func nextAction() -> Action? {
        while state != .closed {
            // A fragment that would overflow the message then fails at its header, not its end.
            decoder.maxPayloadLength = assembler.remainingCapacity
            switch decoder.parseStep() {
            case .needMoreData:
                return checkPartialText()
            case .error(.frameTooLarge):
                // A frame out of place is refused for its place, whatever its size, as the assembler
                // would; otherwise the decoder's limit was the message's room: report the message limit.
                if let opcode = decoder.nextOpcode, let error = assembler.placementError(for: opcode) {
                    return fail(error)
                }
                return fail(.messageTooLarge(limit: assembler.maxMessageLength))
            case .error(let error):
                return fail(error)
            case .frame(let frame):
                partialTextChecked = 0
                partialTextValidator = nil
                if let action = handle(frame) { return action }
            }
        }
        return nil
    }

    /// Fails fast on invalid UTF-8 in a text frame whose payload is still arriving (RFC 6455 §8.1),
    /// but only for a frame the assembler would take, so the error is the same however bytes arrive.
    private mutating func checkPartialText() -> Action? {
        guard let partial = decoder.partialFrame(payloadFrom: partialTextChecked) else { return nil }
        if partialTextValidator == nil {
            guard assembler.acceptsTextFragment(partial) else { return nil }
            partialTextValidator = partial.opcode == .text ? UTF8Validator() : assembler.textValidator
        }
        partialTextChecked += partial.payload.count
        guard partialTextValidator?.validate(partial.payload) != false else { return fail(.invalidUTF8) }
        return nil
    }

    private mutating func handle(_ frame: WebSocketFrame) -> Action? {
        switch frame.opcode {
        case .ping:
            return state == .open ? .send(WebSocketFrameEncoder.pong(frame.payload, maskingKey: nextMaskingKey())) : nil
        case .pong:
            return .pongReceived(frame.payload)
        case .close:
            return handleClose(frame.payload)
        case .text, .binary, .continuation:
            switch assembler.append(frame) {
            case .needMoreFragments:
                return nil
            case .error(let error):
                return fail(error)
            case .text(let text):
                return state == .open ? .deliverText(text) : nil
            case .binary(let bytes):
                return state == .open ? .deliverBinary(bytes) : nil
            }
        }
    }

    private mutating func handleClose(_ payload: [UInt8]) -> Action {
        switch WebSocketClosePayload.parse(payload) {
        case .failure(let error):
            return fail(error)
        case .success(let close):
            let wasOpen = state == .open
            state = .closed
            guard wasOpen else { return .closeAcknowledged(close) }
            return .peerClosed(
                close, reply: WebSocketFrameEncoder.close(code: close.code, maskingKey: nextMaskingKey()))
        }
    }

    private mutating func fail(_ error: WebSocketError) -> Action {
        let frame =
            state == .open
            ? WebSocketFrameEncoder.close(code: error.closeCode, reason: error.message, maskingKey: nextMaskingKey())
            : []
        state = .closed
        return .fail(error, closeFrame: frame)
    }
}
