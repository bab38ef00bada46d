/// SHA-1 (FIPS 180-4), incremental, for the WebSocket handshake only.
///
/// RFC 6455 derives `Sec-WebSocket-Accept` from SHA-1, and the stdlib has no hash; Foundation's
/// `Insecure.SHA1` lives in CryptoKit, which Linux lacks. SHA-1 is broken for signatures, but the
/// handshake uses it only to prove that the server understood the upgrade, so that is no concern here.
///
/// ```swift
/// SHA1.hash(Array("abc".utf8))  // a9 99 3e 36 47 06 81 6a ba 3e 25 71 78 50 c2 6c 9c d0 d8 9d
/// ```
public struct SHA1: Sendable {
    /// The digest is 20 bytes.
    public static let digestLength = 20

    private var h0: UInt32 = 0x6745_2301
    private var h1: UInt32 = 0xEFCD_AB89
    private var h2: UInt32 = 0x98BA_DCFE
    private var h3: UInt32 = 0x1032_5476
    private var h4: UInt32 = 0xC3D2_E1F0
    /// Bytes of an incomplete 64-byte block, waiting for more input.
    private var pending: [UInt8] = []
    private var byteCount: UInt64 = 0

    /// A hasher that has seen no input.
    public init() {
        pending.reserveCapacity(64)
    }

    /// The digest of `bytes` in one call.
    public static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var hasher = SHA1()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of `bytes` as 40 lower-case hex digits, as fingerprints are shown to people.
    public static func hexDigest(_ bytes: [UInt8]) -> String {
        var hasher = SHA1()
        hasher.update(bytes)
        return hasher.hexDigest
    }

    /// The digest of everything fed so far as 40 hex digits; the hasher itself is left unchanged.
    public var hexDigest: String { finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }

    /// Feeds more input; any split of the input gives the same digest.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Feeds more input; any split of the input gives the same digest.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        byteCount &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            offset = take
            guard pending.count == 64 else { return }
            let block = pending
            block.withUnsafeBytes { compress($0, at: 0) }
            pending.removeAll(keepingCapacity: true)
        }
        while bytes.count - offset >= 64 {
            compress(bytes, at: offset)
            offset += 64
        }
        pending.append(contentsOf: bytes[offset...])
    }

    /// The 20-byte digest of everything fed so far; the hasher itself is left unchanged.
    public func finalize() -> [UInt8] {
        var copy = self
        let bitLength = byteCount &* 8
        var tail: [UInt8] = [0x80]
        let used = (pending.count + 1) % 64
        tail.append(contentsOf: repeatElement(0, count: used <= 56 ? 56 - used : 120 - used))
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        copy.byteCount = 0
        copy.update(tail)
        var digest: [UInt8] = []
        digest.reserveCapacity(Self.digestLength)
        for word in [copy.h0, copy.h1, copy.h2, copy.h3, copy.h4] {
            digest.append(UInt8(truncatingIfNeeded: word >> 24))
            digest.append(UInt8(truncatingIfNeeded: word >> 16))
            digest.append(UInt8(truncatingIfNeeded: word >> 8))
            digest.append(UInt8(truncatingIfNeeded: word))
        }
        return digest
    }

    /// Runs the 80 rounds over the 64-byte block at `offset`, with the schedule on the stack.
    private mutating func compress(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            for i in 0..<16 {
                let base = offset + i * 4
                w[i] =
                    UInt32(bytes[base]) << 24 | UInt32(bytes[base + 1]) << 16 | UInt32(bytes[base + 2]) << 8
                    | UInt32(bytes[base + 3])
            }
            for i in 16..<80 {
                w[i] = rotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], by: 1)
            }
            var a = h0
            var b = h1
            var c = h2
            var d = h3
            var e = h4
            // One loop per round function, so no round asks which function it is.
            @inline(__always) func round(_ f: UInt32, _ k: UInt32, _ word: UInt32) {
                let temp = rotateLeft(a, by: 5) &+ f &+ e &+ k &+ word
                e = d
                d = c
                c = rotateLeft(b, by: 30)
                b = a
                a = temp
            }
            for i in 0..<20 { round((b & c) | (~b & d), 0x5A82_7999, w[i]) }
            for i in 20..<40 { round(b ^ c ^ d, 0x6ED9_EBA1, w[i]) }
            for i in 40..<60 { round((b & c) | (b & d) | (c & d), 0x8F1B_BCDC, w[i]) }
            for i in 60..<80 { round(b ^ c ^ d, 0xCA62_C1D6, w[i]) }
            h0 &+= a
            h1 &+= b
            h2 &+= c
            h3 &+= d
            h4 &+= e
        }
    }
}

@inline(__always)
private func rotateLeft(_ value: UInt32, by amount: UInt32) -> UInt32 {
    (value << amount) | (value >> (32 - amount))
}
