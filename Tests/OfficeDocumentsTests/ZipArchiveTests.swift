import OfficeDocuments
import Testing

struct ZipArchiveTests {
    static let contents: [(String, [UInt8])] = [
        ("empty", []),
        ("word/document.xml", Array("<w:document>下列关于</w:document>".utf8)),
        ("题库/说明.txt", Array("中文名字".utf8)),
        ("repeated", [UInt8](repeating: 0x41, count: 100_000)),
        ("binary", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 >> 3) }),
    ]

    @Test(arguments: [ZipEntry.Method.stored, .deflated])
    func writtenEntriesReadBackByExactName(method: ZipEntry.Method) throws {
        var writer = ZipWriter()
        for (name, bytes) in Self.contents { writer.add(name, bytes, method: method) }
        let archive = try ZipArchive(bytes: try writer.bytes())
        #expect(archive.entries.map(\.name) == Self.contents.map(\.0))
        for (name, bytes) in Self.contents {
            #expect(try archive.contents(named: name) == bytes)
            #expect(archive.entry(named: name)?.method == method)
        }
        #expect(try archive.contents(named: "WORD/document.xml") == nil)
        #expect(try archive.contents(named: "/word/document.xml") == nil)
    }

    /// The writer's output is byte-stable: a stored entry, byte by byte, with the 1980-01-01 date.
    @Test func storedArchiveIsByteExact() throws {
        var writer = ZipWriter()
        writer.add("a", Array("hi".utf8), method: .stored)
        let expected: [UInt8] = [
            0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00,  // local header
            0xAC, 0x2A, 0x93, 0xD8, 0x02, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
            0x61, 0x68, 0x69,  // "a", "hi"
            0x50, 0x4B, 0x01, 0x02, 0x14, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x21, 0x00,
            0xAC, 0x2A, 0x93, 0xD8, 0x02, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x61,
            0x50, 0x4B, 0x05, 0x06, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x2F, 0x00, 0x00, 0x00,
            0x21, 0x00, 0x00, 0x00, 0x00, 0x00,
        ]
        #expect(try writer.bytes() == expected)
    }

    @Test func deflatedOutputIsTheSameEveryTime() throws {
        func write() throws -> [UInt8] {
            var writer = ZipWriter()
            for (name, bytes) in Self.contents { writer.add(name, bytes) }
            return try writer.bytes()
        }
        #expect(try write() == write())
    }

    static func smallArchive(method: ZipEntry.Method) -> [UInt8] {
        TestPackages.zip([("a.xml", "<a>hello hello hello</a>"), ("b.xml", "<b/>")], method: method)
    }

    /// Cut anywhere, a small archive gives an error value, never a crash or a wrong entry.
    @Test(arguments: [ZipEntry.Method.stored, .deflated])
    func everyTruncationIsAnError(method: ZipEntry.Method) {
        let whole = Self.smallArchive(method: method)
        for length in 0..<whole.count {
            let cut = Array(whole[..<length])
            #expect(throws: OfficeDocumentError.self, "cut at \(length)") {
                let archive = try ZipArchive(bytes: cut)
                for entry in archive.entries { _ = try archive.contents(of: entry) }
            }
        }
    }

    @Test(arguments: [ZipEntry.Method.stored, .deflated])
    func flippedByteFailsTheCRC(method: ZipEntry.Method) throws {
        var bytes = Self.smallArchive(method: method)
        // The first entry's data starts after its 30-byte header and 5-byte name.
        let dataOffset = method == .stored ? 35 + 4 : 35 + 1
        bytes[dataOffset] ^= method == .stored ? 0x20 : 0x00
        if method == .deflated {
            // Flipping compressed bits usually corrupts the stream; change the stored CRC instead.
            bytes[bytes.centralDirectory + 16] ^= 0x01
        }
        let archive = try ZipArchive(bytes: bytes)
        #expect(throws: OfficeDocumentError.self) { try archive.contents(named: "a.xml") }
        do {
            _ = try archive.contents(named: "a.xml")
        } catch {
            guard case .crcMismatch(let entry, _, _) = error else {
                Issue.record("expected a CRC mismatch, got \(error)")
                return
            }
            #expect(entry == "a.xml")
        }
    }

    static func refusal(_ bytes: [UInt8], limits: ZipLimits = ZipLimits(), entry: String = "a.xml")
        -> OfficeDocumentError?
    {
        do {
            let archive = try ZipArchive(bytes: bytes, limits: limits)
            _ = try archive.contents(named: entry)
            return nil
        } catch {
            return error
        }
    }

    /// An entry that declares 100 bytes but inflates to 10,000 stops at the declared size.
    @Test func entryInflatingPastItsDeclaredSizeIsRefused() {
        var bytes = TestPackages.zip([("a.xml", String(repeating: "x", count: 10_000))])
        bytes.patch(22, 100, count: 4)
        bytes.patch(bytes.centralDirectory + 24, 100, count: 4)
        #expect(Self.refusal(bytes) == .inflatesBeyondDeclaredSize(entry: "a.xml", declared: 100))
    }

    @Test func entryInflatingShortOfItsDeclaredSizeIsRefused() {
        var bytes = TestPackages.zip([("a.xml", String(repeating: "x", count: 1000))])
        bytes.patch(bytes.centralDirectory + 24, 1500, count: 4)
        #expect(Self.refusal(bytes) == .sizeMismatch(entry: "a.xml", declared: 1500, actual: 1000))
    }

    @Test func highlyCompressedLargeEntryIsAZipBomb() {
        var writer = ZipWriter()
        writer.add("a.xml", [UInt8](repeating: 0, count: 2 << 20))
        let bytes = try! writer.bytes()
        guard case .compressionRatioTooHigh(let entry, _, let uncompressed, let limit) = Self.refusal(bytes) else {
            Issue.record("not refused for its ratio")
            return
        }
        #expect(entry == "a.xml" && uncompressed == 2 << 20 && limit == 200)
    }

    @Test func limitsAreEnforced() {
        let bytes = Self.smallArchive(method: .deflated)
        #expect(
            Self.refusal(bytes, limits: ZipLimits(maximumEntrySize: 10))
                == .entryTooLarge(entry: "a.xml", size: 24, limit: 10))
        #expect(Self.refusal(bytes, limits: ZipLimits(maximumTotalSize: 25)) == .archiveTooLarge(size: 28, limit: 25))
        #expect(Self.refusal(bytes, limits: ZipLimits(maximumEntryCount: 1)) == .tooManyEntries(count: 2, limit: 1))
    }

    @Test func moreThanTenThousandEntriesAreRefused() throws {
        var writer = ZipWriter()
        for index in 0...10_000 { writer.add("\(index)", [], method: .stored) }
        #expect(Self.refusal(try writer.bytes(), entry: "0") == .tooManyEntries(count: 10_001, limit: 10_000))
    }

    /// Each damage, made by patching one field of a good archive, and the refusal it must give for
    /// the undamaged bytes (which say where the directory is).
    static let damages: [(String, @Sendable (inout [UInt8]) -> Void, @Sendable ([UInt8]) -> OfficeDocumentError)] = [
        ("encrypted", { $0.patch($0.centralDirectory + 8, 1, count: 2) }, { _ in .encryptedEntry("a.xml") }),
        (
            "bzip2", { $0.patch($0.centralDirectory + 10, 12, count: 2) },
            { _ in .unsupportedMethod(entry: "a.xml", method: 12) }
        ),
        ("ZIP64 count", { $0.patch($0.endRecord + 8, 0xFFFF_FFFF, count: 4) }, { _ in .zip64(entry: nil) }),
        ("ZIP64 size", { $0.patch($0.centralDirectory + 20, 0xFFFF_FFFF, count: 4) }, { _ in .zip64(entry: "a.xml") }),
        ("two disks", { $0.patch($0.endRecord + 4, 1, count: 2) }, { _ in .spannedArchive }),
        ("local header", { $0[0] = 0 }, { _ in .badLocalHeader(entry: "a.xml", offset: 0) }),
        ("directory", { $0[$0.centralDirectory] = 0 }, { .badCentralDirectory(offset: $0.centralDirectory) }),
        (
            "deflate data", { $0.replaceSubrange(35..<38, with: [0xFF, 0xFF, 0xFF]) },
            { _ in .corruptData(entry: "a.xml", offset: 35) }
        ),
    ]

    @Test(arguments: 0..<damages.count)
    func damagedFieldsAreRefusedPrecisely(index: Int) {
        let (what, damage, expected) = Self.damages[index]
        let good = TestPackages.zip([("a.xml", "<a>hello hello hello</a>")])
        var bytes = good
        damage(&bytes)
        #expect(Self.refusal(bytes) == expected(good), "\(what)")
    }

    @Test(arguments: [
        (
            [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600),
            OfficeDocumentError.legacyOfficeFormat
        ),
        (Array("题号,题目\n1,下列".utf8), .notZip),
        ([], .notZip),
        (Array("PK\u{3}\u{4}".utf8), .truncated(entry: nil, offset: 4)),
    ])
    func notAZipIsSaidPlainly(bytes: [UInt8], expected: OfficeDocumentError) {
        #expect(Self.refusal(bytes) == expected)
    }

    @Test func legacyFormatMessageSaysWhatToDo() {
        #expect(OfficeDocumentError.legacyOfficeFormat.message(chinese: false).contains("must be saved as .docx/.xlsx"))
        #expect(OfficeDocumentError.legacyOfficeFormat.message(chinese: true).contains("另存为 .docx/.xlsx"))
    }
}
