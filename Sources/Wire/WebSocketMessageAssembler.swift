/// Joins data frames into messages (RFC 6455 §5.4), validating text as it arrives.
///
/// Fragments must start with text or binary and go on with continuation frames until one has FIN;
/// anything else is a protocol error. Limits stop a peer from growing a message without bound or
/// from sending endless empty fragments. Text is validated fragment by fragment, so an invalid UTF-8
/// prefix fails the connection at the fragment that contains it, not when the message ends.
/// Control frames never reach the assembler: the connection answers them between fragments.
///
/// ```swift
/// var assembler = WebSocketMessageAssembler()
/// assembler.append(WebSocketFrame(fin: false, opcode: .text, payload: Array("Hel".utf8)))  // .needMoreFragments
/// assembler.append(WebSocketFrame(fin: true, opcode: .continuation, payload: Array("lo".utf8)))  // .text("Hello")
/// ```
public struct WebSocketMessageAssembler: Sendable {
    /// What appending one frame produced.
    public enum AssemblyResult: Sendable, Hashable {
        /// The frame was a fragment of a message that has not ended yet.
        case needMoreFragments
        case text(String)
        case binary([UInt8])
        case error(WebSocketError)
    }

    /// 64 KiB: far above any command or answer a client sends, small enough for 10,000 clients.
    public static let defaultMaxMessageLength = 1 << 16
    /// 1,024 fragments per message: enough for any real client, and a stop to a peer trickling empty
    /// continuation frames forever, which the length limit alone would never catch.
    public static let defaultMaxFragmentCount = 1024

    /// The largest message accepted, in payload bytes summed over its fragments (1009 beyond).
    public let maxMessageLength: Int
    /// The most frames one message may be split into (1008 beyond).
    public let maxFragmentCount: Int

    private var kind: WebSocketOpcode?
    private var fragments: [UInt8] = []
    private var fragmentCount = 0
    private var validator = UTF8Validator()

    public init(
        maxMessageLength: Int = defaultMaxMessageLength, maxFragmentCount: Int = defaultMaxFragmentCount
    ) {
        self.maxMessageLength = max(0, maxMessageLength)
        self.maxFragmentCount = max(1, maxFragmentCount)
    }

    /// The UTF-8 state after the fragments so far of a text message, `nil` unless one is in progress;
    /// the connection continues from it to check a text fragment that is still arriving.
    var textValidator: UTF8Validator? { kind == .text ? validator : nil }

    /// Whether `frame` (of which only the header matters) would be taken as text right now: a text
    /// frame between messages, or a continuation of a text message, within the fragment limit.
    func acceptsTextFragment(_ frame: WebSocketFrame) -> Bool {
        switch frame.opcode {
        case .text: kind == nil && (frame.fin || maxFragmentCount > 1)
        case .continuation: kind == .text && fragmentCount < maxFragmentCount
        case .binary, .close, .ping, .pong: false
        }
    }

    /// The error `append` would give a data frame with `opcode` before looking at its size: a new
    /// message inside a fragmented one, a continuation without one, or one fragment too many.
    func placementError(for opcode: WebSocketOpcode) -> WebSocketError? {
        switch opcode {
        case .text, .binary: kind == nil ? nil : .expectedContinuation
        case .continuation where kind == nil: .unexpectedContinuation
        case .continuation: fragmentCount < maxFragmentCount ? nil : .tooManyFragments(limit: maxFragmentCount)
        case .close, .ping, .pong: nil
        }
    }

    /// Whether a fragmented message has started and not yet ended.
    public var isAssembling: Bool { kind != nil }

    /// How many more payload bytes the message in progress may take; the whole limit between messages.
    public var remainingCapacity: Int { max(0, maxMessageLength - fragments.count) }

    /// Takes the next data frame; control frames are refused with `.controlFrameInMessage`.
    public mutating func append(_ frame: WebSocketFrame) -> AssemblyResult {
        switch frame.opcode {
        case .close, .ping, .pong:
            return .error(.controlFrameInMessage)
        case .text, .binary:
            guard kind == nil else { return .error(.expectedContinuation) }
            guard frame.payload.count <= maxMessageLength else {
                return .error(.messageTooLarge(limit: maxMessageLength))
            }
            if frame.fin { return complete(frame.opcode, frame.payload) }
            guard maxFragmentCount > 1 else { return .error(.tooManyFragments(limit: maxFragmentCount)) }
            if frame.opcode == .text {
                validator = UTF8Validator()
                guard validator.validate(frame.payload) else { return .error(.invalidUTF8) }
            }
            kind = frame.opcode
            fragments = frame.payload
            fragmentCount = 1
            return .needMoreFragments
        case .continuation:
            guard let kind else { return .error(.unexpectedContinuation) }
            fragmentCount += 1
            guard fragmentCount <= maxFragmentCount else { return .error(.tooManyFragments(limit: maxFragmentCount)) }
            guard frame.payload.count <= remainingCapacity else {
                return .error(.messageTooLarge(limit: maxMessageLength))
            }
            if kind == .text {
                guard validator.validate(frame.payload) else { return .error(.invalidUTF8) }
            }
            fragments.append(contentsOf: frame.payload)
            guard frame.fin else { return .needMoreFragments }
            let message = fragments
            self.kind = nil
            fragments = []
            fragmentCount = 0
            if kind == .text {
                guard validator.isAtCharacterBoundary else { return .error(.invalidUTF8) }
                return .text(String(decoding: message, as: UTF8.self))
            }
            return .binary(message)
        }
    }

    /// A message that arrived in a single frame, with no copy into the fragment buffer.
    private func complete(_ opcode: WebSocketOpcode, _ payload: [UInt8]) -> AssemblyResult {
        guard opcode == .text else { return .binary(payload) }
        guard UTF8Validator.isValid(payload) else { return .error(.invalidUTF8) }
        return .text(String(decoding: payload, as: UTF8.self))
    }
}
