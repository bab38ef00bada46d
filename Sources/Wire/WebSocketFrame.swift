/// One WebSocket frame as it crossed the wire, with its payload already unmasked.
///
/// The decoder produces these and the message assembler consumes them; the masking key is not kept
/// because nothing after unmasking needs it.
public struct WebSocketFrame: Sendable, Hashable {
    /// Whether this is the last frame of its message (always `true` for control frames).
    public var fin: Bool
    public var opcode: WebSocketOpcode
    /// The application data, unmasked.
    public var payload: [UInt8]

    public init(fin: Bool = true, opcode: WebSocketOpcode, payload: [UInt8] = []) {
        self.fin = fin
        self.opcode = opcode
        self.payload = payload
    }
}
