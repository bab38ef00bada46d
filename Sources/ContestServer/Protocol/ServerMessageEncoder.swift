import ContestProtocol

/// Turns server messages into JSON bytes, each with the next sequence number.
///
/// Owned by the event loop: numbers are global, so a broadcast encoded once carries the same number
/// to every subscriber.
public struct ServerMessageEncoder {
    /// The number the next message gets.
    public private(set) var nextSequence: UInt64 = 1

    public init() {}

    /// The JSON for `message` (no line ending), numbered.
    public mutating func encode(_ message: ServerMessage) -> [UInt8] {
        let sequence = nextSequence
        nextSequence += 1
        return JSONWriter.encode(ServerEnvelope(seq: sequence, message: message))
    }
}
