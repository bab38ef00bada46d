import Wire

/// A connection's own few bytes in front of a shared message (frame header, `{"type":…,"seq":`, its
/// number), held inline so queuing a broadcast allocates nothing per connection.
///
/// At most `capacity` bytes: a WebSocket header is at most 10, the longest message head about 30,
/// a sequence number at most 20 digits.
public struct OutboundPrefix: Sendable {
    public static let capacity = 64

    private var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    public private(set) var count = 0

    public init() {}

    /// A prefix of these bytes (at most `capacity`).
    public init(_ bytes: [UInt8]) {
        append(bytes)
    }

    public mutating func append(_ bytes: [UInt8]) {
        precondition(count + bytes.count <= Self.capacity, "a prefix holds at most \(Self.capacity) bytes")
        let start = count
        withUnsafeMutableBytes(of: &storage) { raw in
            for (offset, byte) in bytes.enumerated() { raw[start + offset] = byte }
        }
        count += bytes.count
    }

    /// The number in decimal ASCII, as a JSON number.
    public mutating func appendDecimal(_ value: UInt64) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let length = withUnsafeMutableBytes(of: &digits) { raw -> Int in
            var rest = value
            var index = raw.count
            repeat {
                index -= 1
                raw[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            return raw.count - index
        }
        precondition(count + length <= Self.capacity, "a prefix holds at most \(Self.capacity) bytes")
        let start = count
        Swift.withUnsafeBytes(of: &digits) { source in
            withUnsafeMutableBytes(of: &storage) { raw in
                for offset in 0..<length { raw[start + offset] = source[source.count - length + offset] }
            }
        }
        count += length
    }

    /// A WebSocket frame header for a payload of `payloadLength` bytes, unmasked (server to client).
    public mutating func appendWebSocketHeader(opcode: WebSocketOpcode, payloadLength: Int) {
        let start = count
        let written = withUnsafeMutableBytes(of: &storage) { raw in
            WebSocketFrameEncoder.writeHeader(
                opcode: opcode, payloadLength: payloadLength,
                into: UnsafeMutableRawBufferPointer(rebasing: raw[start...]))
        }
        count += written
    }

    /// The bytes, for a write.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        var copy = storage
        return Swift.withUnsafeBytes(of: &copy) { body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }
}
