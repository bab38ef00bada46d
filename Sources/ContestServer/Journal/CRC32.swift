/// CRC-32 (IEEE 802.3, the zlib/PNG polynomial) so every journal record can prove it was written whole.
///
/// Table-driven, one byte per step: a record is a few hundred bytes and the journal is written at
/// the pace of a live show, so anything faster would be complexity for nothing.
///
/// ```swift
/// CRC32.checksum(Array("123456789".utf8))  // 0xCBF43926
/// ```
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1 }
        return value
    }

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = Running()
        for byte in bytes { crc.add(byte) }
        return crc.value
    }

    /// A checksum fed one byte at a time, whose value is known after every byte: the journal asks
    /// "does any prefix of these bytes match" in one pass.
    public struct Running: Sendable {
        private var state: UInt32 = 0xFFFF_FFFF

        public init() {}

        public mutating func add(_ byte: UInt8) { state = table[Int((state ^ UInt32(byte)) & 0xFF)] ^ (state >> 8) }

        /// The checksum of the bytes added so far.
        public var value: UInt32 { state ^ 0xFFFF_FFFF }
    }
}
