import CZlib

/// CRC-32 (IEEE 802.3, the zlib/PNG polynomial) so every journal record can prove it was written whole.
///
/// Computed by the system zlib the Office readers link already (`czl_crc32`), many bytes per step:
/// the checksums are half of a journal scan, and replaying 100,000 records must take well under a
/// second.
///
/// ```swift
/// CRC32.checksum(Array("123456789".utf8))  // 0xCBF43926
/// ```
public enum CRC32 {
    /// The checksum of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { czl_crc32(0, $0.baseAddress, $0.count) }
    }

    /// The checksum of part of an array, without copying it.
    public static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { czl_crc32(0, $0.baseAddress, $0.count) }
    }

    /// A checksum fed one byte at a time, whose value is known after every byte: the journal asks
    /// "does any prefix of these bytes match" in one pass.
    public struct Running: Sendable {
        public private(set) var value: UInt32 = 0

        public init() {}

        public mutating func add(_ byte: UInt8) {
            var byte = byte
            value = czl_crc32(value, &byte, 1)
        }
    }
}
