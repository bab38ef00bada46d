import Testing

@testable import ContestServer

@Suite struct JournalRecordFormatTests {
    static let payloads: [[UInt8]] = [Array("first".utf8), Array("the second record".utf8), Array("3".utf8)]
    static let journal = payloads.flatMap(JournalRecordFormat.frame)

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }

    @Test func aRecordIsLengthThenChecksumThenPayloadLittleEndian() {
        #expect(
            JournalRecordFormat.frame(Array("123456789".utf8)) == [9, 0, 0, 0, 0x26, 0x39, 0xF4, 0xCB]
                + Array("123456789".utf8))
    }

    @Test func anIntactJournalGivesEveryRecord() throws {
        let scan = try JournalRecordFormat.scan(Self.journal).get()
        #expect(scan.payloads == Self.payloads)
        #expect(scan.validLength == Self.journal.count)
        #expect(scan.tornBytes == 0)
    }

    /// A crash can stop a write anywhere in the last record: every cut recovers the records before it.
    @Test func aJournalCutAtEveryOffsetOfItsLastRecordRecoversTheRecordBefore() throws {
        let lastStart = Self.journal.count - JournalRecordFormat.frame(Self.payloads[2]).count
        for cut in lastStart..<Self.journal.count {
            let scan = try JournalRecordFormat.scan(Array(Self.journal[..<cut])).get()
            #expect(scan.payloads == Array(Self.payloads.prefix(2)), "cut at \(cut)")
            #expect(scan.validLength == lastStart)
            #expect(scan.tornBytes == cut - lastStart)
        }
    }

    @Test func aDamagedLastRecordIsTornAndCutOff() throws {
        var bytes = Self.journal
        bytes[bytes.count - 1] ^= 0xFF
        let scan = try JournalRecordFormat.scan(bytes).get()
        #expect(scan.payloads.count == 2)
        #expect(scan.tornBytes == JournalRecordFormat.frame(Self.payloads[2]).count)
    }

    @Test func zerosLeftAfterTheLastRecordAreATornTail() throws {
        let scan = try JournalRecordFormat.scan(Self.journal + [UInt8](repeating: 0, count: 37)).get()
        #expect(scan.payloads == Self.payloads)
        #expect(scan.validLength == Self.journal.count)
        #expect(scan.tornBytes == 37)
    }

    @Test(arguments: [(8 + 2, "checksum mismatch"), (0, "impossible length 0")])
    func damageWithRecordsAfterItRefusesAndSaysWhere(position: Int, reason: String) {
        var bytes = Self.journal
        if reason.hasPrefix("impossible") {
            bytes.replaceSubrange(0..<4, with: [0, 0, 0, 0])
        } else {
            bytes[position] ^= 0x01
        }
        #expect(
            JournalRecordFormat.scan(bytes)
                == .failure(JournalRecordFormat.Corruption(record: 1, offset: 0, reason: reason)))
    }

    @Test func damageInTheSecondRecordNamesItsOffset() {
        var bytes = Self.journal
        let second = JournalRecordFormat.frame(Self.payloads[0]).count
        bytes[second + 9] ^= 0x40
        #expect(
            JournalRecordFormat.scan(bytes)
                == .failure(JournalRecordFormat.Corruption(record: 2, offset: second, reason: "checksum mismatch")))
    }
}
