/// A ZIP archive already in memory, read by exact entry name: the container of .docx and .xlsx.
///
/// Sans-IO and distrustful: it reads the end record and the central directory when made, and an
/// entry's data only when asked, checking every offset against the bytes it has, every size against
/// `ZipLimits`, and every inflated entry against its declared size (a hard cap, so a zip bomb stops at
/// the size it claims) and its CRC-32. Names are looked up, never used as file paths. ZIP64 and
/// archives split over several disks are refused; Office never writes them for documents this size.
///
/// ```swift
/// let archive = try ZipArchive(bytes: docx)
/// let xml = try archive.contents(named: "word/document.xml")  // nil when there is no such entry
/// ```
public struct ZipArchive: Sendable {
    /// The Compound File (OLE2) signature that starts a Word 97–2003 .doc or Excel .xls.
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]
    static let endRecordLength = 22
    /// The end record plus the longest comment it can announce.
    static let endRecordSearchLength = 22 + 0xFFFF

    /// Every entry, in central directory order.
    public let entries: [ZipEntry]
    public let limits: ZipLimits
    private let bytes: [UInt8]
    private let indexByName: [String: Int]

    /// Reads the directory of `bytes`; refuses what is not a ZIP, or one past `limits`.
    public init(bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(OfficeDocumentError) {
        self.bytes = bytes
        self.limits = limits
        if bytes.starts(with: Self.compoundFileSignature) { throw .legacyOfficeFormat }
        guard let end = Self.endRecordOffset(in: bytes) else {
            if bytes.starts(with: [0x50, 0x4B]) { throw .truncated(entry: nil, offset: bytes.count) }
            throw .notZip
        }
        let disk = bytes.uint16(at: end + 4)
        let directoryDisk = bytes.uint16(at: end + 6)
        let entriesOnDisk = bytes.uint16(at: end + 8)
        let count = bytes.uint16(at: end + 10)
        let directorySize = bytes.uint32(at: end + 12)
        let directoryOffset = bytes.uint32(at: end + 16)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw .zip64(entry: nil)
        }
        guard disk == 0, directoryDisk == 0, entriesOnDisk == count else { throw .spannedArchive }
        guard count <= limits.maximumEntryCount else {
            throw .tooManyEntries(count: count, limit: limits.maximumEntryCount)
        }
        guard directoryOffset <= end, directorySize <= end - directoryOffset else {
            throw .truncated(entry: nil, offset: directoryOffset)
        }
        var entries: [ZipEntry] = []
        entries.reserveCapacity(count)
        var indexByName: [String: Int] = [:]
        var position = directoryOffset
        let directoryEnd = directoryOffset + directorySize
        var total = 0
        for _ in 0..<count {
            let entry = try Self.directoryEntry(in: bytes, at: &position, end: directoryEnd)
            total += entry.uncompressedSize
            guard total <= limits.maximumTotalSize else {
                throw .archiveTooLarge(size: total, limit: limits.maximumTotalSize)
            }
            if indexByName[entry.name] == nil { indexByName[entry.name] = entries.count }
            entries.append(entry)
        }
        self.entries = entries
        self.indexByName = indexByName
    }

    /// The entry with exactly this name (the first, should a broken writer have stored it twice).
    public func entry(named name: String) -> ZipEntry? {
        indexByName[name].map { entries[$0] }
    }

    /// The uncompressed bytes of the entry called `name`, or nil when the archive has none.
    public func contents(named name: String) throws(OfficeDocumentError) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    /// The uncompressed bytes of `entry`, checked against its declared size and CRC-32.
    public func contents(of entry: ZipEntry) throws(OfficeDocumentError) -> [UInt8] {
        let name = entry.name
        if entry.isEncrypted { throw .encryptedEntry(name) }
        if case .other(let code) = entry.method { throw .unsupportedMethod(entry: name, method: code) }
        guard entry.uncompressedSize <= limits.maximumEntrySize else {
            throw .entryTooLarge(entry: name, size: entry.uncompressedSize, limit: limits.maximumEntrySize)
        }
        if entry.uncompressedSize > limits.ratioCheckThreshold
            && entry.compressedSize * limits.maximumCompressionRatio < entry.uncompressedSize
        {
            throw .compressionRatioTooHigh(
                entry: name, compressed: entry.compressedSize, uncompressed: entry.uncompressedSize,
                limit: limits.maximumCompressionRatio)
        }
        let header = entry.localHeaderOffset
        guard header <= bytes.count - 30 else { throw .truncated(entry: name, offset: header) }
        guard bytes.uint32(at: header) == 0x0403_4B50 else { throw .badLocalHeader(entry: name, offset: header) }
        let start = header + 30 + bytes.uint16(at: header + 26) + bytes.uint16(at: header + 28)
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
            throw .truncated(entry: name, offset: min(start, bytes.count))
        }
        let data = bytes[start..<start + entry.compressedSize]
        let contents: [UInt8]
        switch entry.method {
        case .stored:
            guard data.count == entry.uncompressedSize else {
                throw .sizeMismatch(entry: name, declared: entry.uncompressedSize, actual: data.count)
            }
            contents = Array(data)
        case .deflated:
            switch Zlib.inflate(data, limit: entry.uncompressedSize) {
            case .complete(let inflated):
                guard inflated.count == entry.uncompressedSize else {
                    throw .sizeMismatch(entry: name, declared: entry.uncompressedSize, actual: inflated.count)
                }
                contents = inflated
            case .exceedsLimit: throw .inflatesBeyondDeclaredSize(entry: name, declared: entry.uncompressedSize)
            case .truncated: throw .truncated(entry: name, offset: start + data.count)
            case .corrupt: throw .corruptData(entry: name, offset: start)
            }
        case .other(let code): throw .unsupportedMethod(entry: name, method: code)
        }
        let crc = Zlib.crc32(contents[...])
        guard crc == entry.crc32 else { throw .crcMismatch(entry: name, expected: entry.crc32, actual: crc) }
        return contents
    }

    /// The offset of the end-of-central-directory record: the last signature whose comment fits.
    private static func endRecordOffset(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= endRecordLength else { return nil }
        let lowest = max(0, bytes.count - endRecordSearchLength)
        var offset = bytes.count - endRecordLength
        while offset >= lowest {
            if bytes[offset] == 0x50 && bytes.uint32(at: offset) == 0x0605_4B50
                && offset + endRecordLength + bytes.uint16(at: offset + 20) <= bytes.count
            {
                return offset
            }
            offset -= 1
        }
        return nil
    }

    /// Reads the central directory entry at `position` and moves past it.
    private static func directoryEntry(
        in bytes: [UInt8], at position: inout Int, end: Int
    ) throws(OfficeDocumentError) -> ZipEntry {
        let start = position
        guard end - start >= 46 else { throw .truncated(entry: nil, offset: start) }
        guard bytes.uint32(at: start) == 0x0201_4B50 else { throw .badCentralDirectory(offset: start) }
        let nameLength = bytes.uint16(at: start + 28)
        let variableLength = nameLength + bytes.uint16(at: start + 30) + bytes.uint16(at: start + 32)
        guard end - start - 46 >= variableLength else { throw .truncated(entry: nil, offset: start) }
        let name = String(decoding: bytes[start + 46..<start + 46 + nameLength], as: UTF8.self)
        let compressedSize = bytes.uint32(at: start + 20)
        let uncompressedSize = bytes.uint32(at: start + 24)
        let localHeaderOffset = bytes.uint32(at: start + 42)
        if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || localHeaderOffset == 0xFFFF_FFFF {
            throw .zip64(entry: name)
        }
        position = start + 46 + variableLength
        return ZipEntry(
            name: name, method: ZipEntry.Method(code: bytes.uint16(at: start + 10)),
            flags: bytes.uint16(at: start + 8), crc32: UInt32(bytes.uint32(at: start + 16)),
            compressedSize: compressedSize, uncompressedSize: uncompressedSize, localHeaderOffset: localHeaderOffset)
    }
}
