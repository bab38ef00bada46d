/// The journal's framing: `[length: UInt32 LE][crc32: UInt32 LE][payload]`, one record per command.
///
/// Reading tells a torn tail (the process died mid-write: cut it off and carry on) from a corrupt
/// middle (the disk or a person damaged the file: refuse, say where), because only the first can be
/// repaired without losing an acknowledged result.
public enum JournalRecordFormat {
    /// Bytes before each payload.
    public static let headerLength = 8
    /// The largest payload accepted when reading; anything longer is damage, not a record.
    public static let maxPayloadLength = 16 << 20

    /// The framed bytes for one payload.
    public static func frame(_ payload: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(headerLength + payload.count)
        append(UInt32(payload.count), to: &bytes)
        append(CRC32.checksum(payload), to: &bytes)
        bytes.append(contentsOf: payload)
        return bytes
    }

    /// What a scan of a whole journal found.
    public struct Scan: Sendable, Hashable {
        /// Every intact record's payload, in order.
        public var payloads: [[UInt8]]
        /// Where the intact records end: the length to truncate the file to.
        public var validLength: Int
        /// Bytes after `validLength` that belong to a torn last record (0 when the file ends cleanly).
        public var tornBytes: Int
    }

    /// A record that cannot be a torn tail: more data follows it, so cutting it would lose records.
    public struct Corruption: Error, Sendable, Hashable {
        /// The record's number, from 1.
        public var record: Int
        /// The byte offset where the damaged record starts.
        public var offset: Int
        /// What is wrong with it, for the operator.
        public var reason: String
    }

    /// Splits a journal into records, or says where it is damaged.
    public static func scan(_ bytes: [UInt8]) -> Result<Scan, Corruption> {
        var payloads: [[UInt8]] = []
        var offset = 0
        while offset < bytes.count {
            guard bytes.count - offset >= headerLength else { break }
            let length = Int(readUInt32(bytes, at: offset))
            let end = offset + headerLength + length
            var problem: String?
            if length == 0 || length > maxPayloadLength {
                problem = "impossible length \(length)"
            } else if end <= bytes.count {
                let payload = Array(bytes[(offset + headerLength)..<end])
                if CRC32.checksum(payload) == readUInt32(bytes, at: offset + 4) {
                    payloads.append(payload)
                    offset = end
                    continue
                }
                problem = "checksum mismatch"
            }
            // A record running to or past the end, or followed only by zeros a crash left behind,
            // is a torn write; anything followed by data would lose records if cut.
            if end >= bytes.count || bytes[offset...].allSatisfy({ $0 == 0 }) { break }
            return .failure(Corruption(record: payloads.count + 1, offset: offset, reason: problem ?? "damaged"))
        }
        return .success(Scan(payloads: payloads, validLength: offset, tornBytes: bytes.count - offset))
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { value, index in value | UInt32(bytes[offset + index]) << UInt32(8 * index) }
    }
}
