/// The journal's framing: `[length: UInt32 LE][crc32: UInt32 LE][payload]`, one record per command.
///
/// Reading tells a torn tail (the process or the machine died mid-append: cut it off and carry on)
/// from damage (the disk or a person changed the file: refuse, say where), because only the first
/// can be repaired without losing an acknowledged result. An append writes a whole frame, length
/// and checksum first, so a torn tail is one of: fewer than 8 bytes after the last record; a frame
/// whose payload runs past the end of the file and whose bytes hold no complete record (neither
/// under its own checksum at a shorter length, nor a valid frame starting further on); a frame
/// whose payload ends in NUL bytes with only zeros after it (blocks the disk never wrote; JSON text
/// has no NUL); or nothing but zeros. Anything else is damage: a length of 0 or over the limit, a checksum that does not match a
/// complete payload, a length that runs past the end while a complete record can be found in what
/// follows. Records are numbered from 1, the header being record 1.
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
            // Made only when needed: a Scan holding `payloads` while the loop appends to it would
            // copy every payload so far on each record.
            var torn: Scan { Scan(payloads: payloads, validLength: offset, tornBytes: bytes.count - offset) }
            guard bytes.count - offset >= headerLength else { return .success(torn) }
            let length = Int(readUInt32(bytes, at: offset))
            let checksum = readUInt32(bytes, at: offset + 4)
            let start = offset + headerLength
            // Looked at only once something is wrong, so an intact journal is read in one pass.
            let onlyZerosFollow = { bytes[offset...].allSatisfy { $0 == 0 } }
            func damaged(_ reason: String) -> Result<Scan, Corruption> {
                .failure(Corruption(record: payloads.count + 1, offset: offset, reason: reason))
            }
            guard length > 0, length <= maxPayloadLength else {
                return onlyZerosFollow() ? .success(torn) : damaged("impossible length \(length)")
            }
            guard start + length <= bytes.count else {
                if let found = completeRecord(in: bytes, from: start, checksum: checksum) {
                    return damaged("length \(length) runs past the end, but a whole record follows at byte \(found)")
                }
                return .success(torn)
            }
            let payload = bytes[start..<(start + length)]
            guard CRC32.checksum(payload) == checksum else {
                let unwritten = payload.last == 0 && bytes[(start + length)...].allSatisfy { $0 == 0 }
                return unwritten || onlyZerosFollow() ? .success(torn) : damaged("checksum mismatch")
            }
            payloads.append(Array(payload))
            offset = start + length
        }
        return .success(Scan(payloads: payloads, validLength: offset, tornBytes: 0))
    }

    /// Where a complete record hides in `bytes[start...]`, if one does: a prefix matching `checksum`
    /// (the record itself with a damaged length) or a valid frame at a later position.
    static func completeRecord(in bytes: [UInt8], from start: Int, checksum: UInt32) -> Int? {
        var crc = CRC32.Running()
        for index in start..<bytes.count {
            crc.add(bytes[index])
            if crc.value == checksum { return start - headerLength }
        }
        var position = start
        while position + headerLength < bytes.count {
            let length = Int(readUInt32(bytes, at: position))
            let end = position + headerLength + length
            if length > 0, end <= bytes.count,
                CRC32.checksum(bytes[(position + headerLength)..<end]) == readUInt32(bytes, at: position + 4)
            {
                return position
            }
            position += 1
        }
        return nil
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { value, index in value | UInt32(bytes[offset + index]) << UInt32(8 * index) }
    }
}

extension JournalRecordFormat {
    /// `scan`, with damage reported as the journal error that names the file: both journals' replays read this way.
    public static func scan(_ bytes: [UInt8], path: String) -> Result<Scan, JournalError> {
        scan(bytes).mapError { .corrupt(path: path, record: $0.record, offset: $0.offset, reason: $0.reason) }
    }
}
