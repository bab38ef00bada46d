/// The masking keys a client puts on its frames, from a seed the caller draws at random.
///
/// RFC 6455 §5.3 wants keys a script in the middle cannot predict; the client seeds the stream from
/// the system's random source once per connection, while a test seeds it with a constant and gets
/// the same bytes every run. SplitMix64 is plenty: the keys guard caches, not secrets.
public struct WebSocketMaskingKeyStream: Sendable, Hashable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next key.
    public mutating func next() -> WebSocketMaskingKey {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return WebSocketMaskingKey(raw: UInt32(truncatingIfNeeded: (z ^ (z >> 31)) >> 32))
    }
}
