import ContestCore
import ContestProtocol
import Testing

@testable import ContestServer

@Suite struct JournalRecordFormatTests {
    static let payloads: [[UInt8]] = [
        JournalCoding.encode(.header(JournalHeader(title: "决赛", configDigest: "c", bankDigest: "b", createdAt: 1))),
        JournalCoding.encode(.entry(JournalEntry(at: 2, actor: .host, action: .startSegment(0), events: [.paused]))),
        JournalCoding.encode(.entry(JournalEntry(at: 3, actor: .team(1, seat: 1), action: .buzz, events: [.resumed]))),
    ]
    static let journal = payloads.flatMap(JournalRecordFormat.frame)
    /// Where each record starts, and the end of the file.
    static let starts: [Int] = payloads.reduce(into: [0]) { $0.append($0.last! + 8 + $1.count) }

    static func record(containing position: Int) -> Int { starts.lastIndex { $0 <= position }! + 1 }

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

    /// Every byte of every record, the header's length, checksum and body included, changed in three
    /// ways: the journal is refused, naming the damaged record and where it starts; nothing is cut.
    @Test(arguments: [UInt8(0xFF), 0x01, 0x80])
    func damageAtAnyBytePositionIsRefusedNamingTheRecord(mask: UInt8) {
        for position in Self.journal.indices {
            var bytes = Self.journal
            bytes[position] ^= mask
            let record = Self.record(containing: position)
            guard case .failure(let corruption) = JournalRecordFormat.scan(bytes) else {
                Issue.record("byte \(position) ^ \(mask) was not refused")
                continue
            }
            #expect(corruption.record == record, "byte \(position) ^ \(mask)")
            #expect(corruption.offset == Self.starts[record - 1], "byte \(position) ^ \(mask)")
        }
    }

    /// A crash can stop an append anywhere: every cut of the file keeps exactly the whole records before it.
    @Test func aJournalCutAtAnyOffsetKeepsTheWholeRecordsBeforeTheCut() throws {
        for cut in 0...Self.journal.count {
            let scan = try JournalRecordFormat.scan(Array(Self.journal[..<cut])).get()
            let whole = Self.starts.lastIndex { $0 <= cut }!
            #expect(scan.payloads == Array(Self.payloads.prefix(whole)), "cut at \(cut)")
            #expect(scan.validLength == Self.starts[whole], "cut at \(cut)")
            #expect(scan.tornBytes == cut - Self.starts[whole], "cut at \(cut)")
        }
    }

    /// The disk may extend the file before it writes the data: a cut last record filled up with zeros.
    @Test(arguments: [0, 1, 40])
    func aTornLastRecordFollowedByZerosIsCut(extra: Int) throws {
        let lastStart = Self.starts[2]
        var bytes = Array(Self.journal[..<(lastStart + 20)])
        bytes += [UInt8](repeating: 0, count: Self.journal.count - bytes.count + extra)
        let scan = try JournalRecordFormat.scan(bytes).get()
        #expect(scan.payloads == Array(Self.payloads.prefix(2)))
        #expect(scan.validLength == lastStart)
    }

    @Test func zerosLeftAfterTheLastRecordAreATornTail() throws {
        let scan = try JournalRecordFormat.scan(Self.journal + [UInt8](repeating: 0, count: 37)).get()
        #expect(scan.payloads == Self.payloads)
        #expect(scan.validLength == Self.journal.count)
        #expect(scan.tornBytes == 37)
    }

    /// The defect this pins: a header whose length was damaged to run past the end used to be taken
    /// for a torn write, and the whole contest was cut away.
    @Test func aHeaderLengthRunningPastTheEndIsDamageNotATornTail() {
        var bytes = Self.journal
        bytes[2] = 0x7F
        #expect(
            JournalRecordFormat.scan(bytes)
                == .failure(
                    JournalRecordFormat.Corruption(
                        record: 1, offset: 0,
                        reason:
                            "length \(Self.payloads[0].count + 0x7F_0000) runs past the end, but a whole record follows at byte 0"
                    )))
    }

    @Test func damageInTheSecondRecordNamesItsOffset() {
        var bytes = Self.journal
        bytes[Self.starts[1] + 9] ^= 0x40
        #expect(
            JournalRecordFormat.scan(bytes)
                == .failure(
                    JournalRecordFormat.Corruption(record: 2, offset: Self.starts[1], reason: "checksum mismatch")))
    }
}
