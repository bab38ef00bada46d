/// Field patches and searches the ZIP tests use to damage good archives one field at a time.
extension [UInt8] {
    /// Sets the little-endian field of `count` bytes at `offset`.
    mutating func patch(_ offset: Int, _ value: Int, count: Int) {
        for index in 0..<count { self[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }

    /// The offset of the first occurrence of `pattern`.
    func offset(of pattern: [UInt8]) -> Int? {
        guard count >= pattern.count else { return nil }
        return (0...(count - pattern.count)).first { self[$0..<$0 + pattern.count].elementsEqual(pattern) }
    }

    /// The offset of the first central directory entry.
    var centralDirectory: Int { offset(of: [0x50, 0x4B, 0x01, 0x02])! }

    /// The offset of the end record.
    var endRecord: Int { offset(of: [0x50, 0x4B, 0x05, 0x06])! }
}
