/// The four-bit frame type of RFC 6455 §5.2; the other ten values are reserved and fail the connection.
public enum WebSocketOpcode: UInt8, Sendable, Hashable, CaseIterable {
    case continuation = 0x0
    case text = 0x1
    case binary = 0x2
    case close = 0x8
    case ping = 0x9
    case pong = 0xA

    /// Control frames (close, ping, pong) may arrive between the fragments of a message, must not be
    /// fragmented themselves, and carry at most 125 bytes.
    public var isControl: Bool { rawValue & 0x8 != 0 }
}

/// Which end of the connection a codec speaks for, since RFC 6455 masks only client-to-server frames.
public enum WebSocketRole: Sendable, Hashable {
    /// Receives masked frames and sends unmasked ones: the quiz server.
    case server
    /// Receives unmasked frames and sends masked ones: the terminal clients.
    case client
}
