/// Builds a ZIP in memory with the same bytes every time, for the .docx and .xlsx writers and tests.
///
/// Every entry carries the DOS timestamp 1980-01-01 00:00, no extra fields and no comment, so the
/// output depends only on the names, the contents and the zlib version. Deflated entries use zlib's
/// default level; stored ones are copied as they are (byte-exact tests use those).
///
/// ```swift
/// var writer = ZipWriter()
/// writer.add("mimetype", [UInt8]("hello".utf8), method: .stored)
/// let zip = try writer.bytes()
/// ```
public struct ZipWriter: Sendable {
    /// 1980-01-01 in MS-DOS date format: (year - 1980) << 9 | month << 5 | day.
    static let dosDate = 0x0021
    /// ZIP 2.0, the version that introduced DEFLATE: what every reader accepts.
    static let version = 20

    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0
    private var failure: OfficeDocumentError?

    public init() {}

    /// Appends an entry called `name` holding `contents`.
    public mutating func add(_ name: String, _ contents: [UInt8], method: ZipEntry.Method = .deflated) {
        guard failure == nil else { return }
        let nameBytes = Array(name.utf8)
        let data: [UInt8]
        switch method {
        case .stored: data = contents
        case .deflated: data = Zlib.deflate(contents)
        case .other(let code):
            failure = .unsupportedMethod(entry: name, method: code)
            return
        }
        let offset = output.count
        guard nameBytes.count <= 0xFFFF, data.count < 0xFFFF_FFFF, contents.count < 0xFFFF_FFFF,
            offset + 30 + nameBytes.count + data.count < 0xFFFF_FFFF, count < 0xFFFF
        else {
            failure = .zip64(entry: name)
            return
        }
        let crc = Int(Zlib.crc32(contents[...]))
        // Bit 11: the name is UTF-8, said only when it matters so ASCII-only archives stay plain.
        let flags = nameBytes.allSatisfy { $0 < 0x80 } ? 0 : 0x0800
        output.appendLittleEndian(0x0403_4B50, count: 4)
        output.appendLittleEndian(Self.version, count: 2)
        appendCommonFields(
            to: &output, flags: flags, method: method.code, crc: crc, sizes: (data.count, contents.count))
        output.appendLittleEndian(nameBytes.count, count: 2)
        output.appendLittleEndian(0, count: 2)
        output.append(contentsOf: nameBytes)
        output.append(contentsOf: data)

        directory.appendLittleEndian(0x0201_4B50, count: 4)
        directory.appendLittleEndian(Self.version, count: 2)
        directory.appendLittleEndian(Self.version, count: 2)
        appendCommonFields(
            to: &directory, flags: flags, method: method.code, crc: crc, sizes: (data.count, contents.count))
        directory.appendLittleEndian(nameBytes.count, count: 2)
        // Extra field, comment, disk number, internal and external attributes.
        directory.appendLittleEndian(0, count: 2 + 2 + 2 + 2 + 4)
        directory.appendLittleEndian(offset, count: 4)
        directory.append(contentsOf: nameBytes)
        count += 1
    }

    /// The finished archive, or the reason an entry could not be added.
    public func bytes() throws(OfficeDocumentError) -> [UInt8] {
        if let failure { throw failure }
        guard output.count + directory.count < 0xFFFF_FFFF else { throw .zip64(entry: nil) }
        var archive = output
        archive.append(contentsOf: directory)
        archive.appendLittleEndian(0x0605_4B50, count: 4)
        archive.appendLittleEndian(0, count: 4)
        archive.appendLittleEndian(count, count: 2)
        archive.appendLittleEndian(count, count: 2)
        archive.appendLittleEndian(directory.count, count: 4)
        archive.appendLittleEndian(output.count, count: 4)
        archive.appendLittleEndian(0, count: 2)
        return archive
    }

    /// Flags, method, time, date, CRC and sizes: the run of fields both headers share.
    private func appendCommonFields(
        to record: inout [UInt8], flags: Int, method: Int, crc: Int, sizes: (compressed: Int, uncompressed: Int)
    ) {
        record.appendLittleEndian(flags, count: 2)
        record.appendLittleEndian(method, count: 2)
        record.appendLittleEndian(0, count: 2)
        record.appendLittleEndian(Self.dosDate, count: 2)
        record.appendLittleEndian(crc, count: 4)
        record.appendLittleEndian(sizes.compressed, count: 4)
        record.appendLittleEndian(sizes.uncompressed, count: 4)
    }
}
