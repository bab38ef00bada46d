import ContestProtocol

/// One server message encoded once, numbered per connection when it is queued.
///
/// Sequence numbers are per connection (1, 2, 3… on each), so a gap tells a client it missed a
/// message (a superseded state dropped for a slow reader); yet a broadcast to 10,000 screens is
/// still encoded once: each connection gets its own few bytes of header and number in front of
/// the shared rest (`OutboundQueue` writes both with one `sendmsg`).
public struct EncodedServerMessage: Sendable {
    /// `{"type":"state","seq":`
    public let head: [UInt8]
    /// What follows the number: the message's fields and the closing brace.
    public let tail: [UInt8]
    /// `tail` with NDJSON's line feed, made once for every NDJSON subscriber.
    public let lineTail: [UInt8]
    public let supersedable: Bool

    /// The final's messages, named with a leading dot: `EncodedServerMessage(.pong(id: nil))`.
    public init(_ message: ServerMessage) { self.init(enveloped: message) }

    /// Any message in the shared envelope: the final's or the exam day's.
    public init(enveloped message: some EnvelopedMessage) {
        (head, tail) = ServerEnvelope.encodeAroundSequence(message)
        lineTail = tail + [0x0A]
        supersedable = message.isSupersedable
    }

    /// The whole JSON text with `seq`, as one connection receives it (no framing).
    public func text(seq: UInt64) -> [UInt8] { head + Array("\(seq)".utf8) + tail }
}
