/// The four bytes a client XORs its payload with (RFC 6455 §5.3), in wire order.
///
/// The key is an input, never generated here: the codecs draw no random numbers, so tests are
/// deterministic and the caller (a client) picks the key source.
public struct WebSocketMaskingKey: Sendable, Hashable {
    /// The key as a big-endian number: the first byte on the wire is the most significant.
    public var raw: UInt32

    public init(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8, _ b3: UInt8) {
        raw = UInt32(b0) << 24 | UInt32(b1) << 16 | UInt32(b2) << 8 | UInt32(b3)
    }

    public init(raw: UInt32) { self.raw = raw }

    /// The four key bytes in wire order.
    public var bytes: (UInt8, UInt8, UInt8, UInt8) {
        (
            UInt8(truncatingIfNeeded: raw >> 24), UInt8(truncatingIfNeeded: raw >> 16),
            UInt8(truncatingIfNeeded: raw >> 8), UInt8(truncatingIfNeeded: raw)
        )
    }

    /// The key as it applies from payload byte `offset` on, for unmasking a payload in pieces.
    public func advanced(by offset: Int) -> WebSocketMaskingKey {
        let shift = UInt32(truncatingIfNeeded: offset & 3) * 8
        return WebSocketMaskingKey(raw: shift == 0 ? raw : raw << shift | raw >> (32 - shift))
    }

    /// XORs `bytes` with the key in place, eight bytes per step; masking and unmasking are the same.
    public func apply(to bytes: UnsafeMutableRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        let (k0, k1, k2, k3) = self.bytes
        // In memory, `pattern` is k0 k1 k2 k3 on any byte order, so `word` is the key twice.
        let pattern = UInt64(UInt32(bigEndian: raw))
        let word = pattern | pattern << 32
        var index = 0
        while bytes.count - index >= 8 {
            let value = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            base.storeBytes(of: value ^ word, toByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            let key: UInt8
            switch index & 3 {
            case 0: key = k0
            case 1: key = k1
            case 2: key = k2
            default: key = k3
            }
            bytes[index] ^= key
            index += 1
        }
    }

    /// XORs `bytes` with the key in place.
    public func apply(to bytes: inout [UInt8]) {
        bytes.withUnsafeMutableBytes { apply(to: $0) }
    }
}
