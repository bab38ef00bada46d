import ContestCore
import Testing

@testable import ContestServer

/// The slot table behaves as a dictionary by tag: slots are reused, changes land in place.
@Suite struct ConnectionTableTests {
    static func connection(_ tag: UInt64) -> Connection {
        Connection(tag: tag, peer: "10.0.0.\(tag)", now: 0, introductionTimeout: 10, outboundLimit: 1 << 10)
    }

    @Test func removedSlotsAreReusedAndEveryTagStillFindsItsOwn() {
        var table = ConnectionTable()
        for tag in UInt64(1)...5 { table.insert(Self.connection(tag)) }
        #expect(table.remove(2)?.tag == 2)
        #expect(table.remove(2) == nil)
        table.insert(Self.connection(9))
        #expect(table.count == 5)
        #expect(Set(table.tags) == [1, 3, 4, 5, 9])
        for tag in table.tags { #expect(table[tag]?.tag == tag) }
        #expect(table[2] == nil)
    }

    @Test func changesThroughTheSubscriptAndUpdateEachLandInPlace() {
        var table = ConnectionTable()
        for tag in UInt64(1)...3 { table.insert(Self.connection(tag)) }
        table[2]?.peerDone = true
        table.updateEach { $0.queuedForWrite = $0.tag != 3 }
        var seen: [UInt64: (Bool, Bool)] = [:]
        table.forEach { seen[$0.tag] = ($0.peerDone, $0.queuedForWrite) }
        #expect(seen.mapValues { [$0.0, $0.1] } == [1: [false, true], 2: [true, true], 3: [false, false]])
        table[2] = nil
        #expect(table.count == 2 && table[2] == nil)
        table[7] = Self.connection(7)
        #expect(table[7]?.peer == "10.0.0.7")
    }
}
