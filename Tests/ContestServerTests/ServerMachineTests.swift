import ContestCore
import ContestProtocol
import Testing

@testable import ContestServer

/// The server's promises, checked on the machine alone with invented times: what is journaled
/// before anyone hears it, who hears first, how a buzz is ordered, and when patience runs out.
@Suite struct ServerMachineTests {
    static let host: UInt64 = 10
    static let team1: UInt64 = 11
    static let team2: UInt64 = 12
    static let screens: [UInt64] = [20, 21, 22]

    /// A hall at s(1): host, teams 1 and 2, three screens; the buzz segment started and buzzers armed.
    static func armedHall() -> MachineWorld {
        var world = MachineWorld()
        world.join(host, "host", at: s(1))
        world.join(team1, "team", number: 1, at: s(1))
        world.join(team2, "team", number: 2, at: s(1))
        for screen in screens { world.join(screen, "screen", at: s(1)) }
        for command in [
            #"{"type":"startSegment","segment":0}"#, #"{"type":"showQuestion"}"#, #"{"type":"armBuzzers"}"#,
        ] {
            world.line(host, command, stamp: s(2))
            world.pass(at: s(2))
        }
        world.clearReceived()
        return world
    }

    @Test func aCommandIsJournaledAndSyncedBeforeAnyoneIsAnswered() {
        var world = Self.armedHall()
        world.line(Self.team1, #"{"type":"buzz","id":"b"}"#, stamp: s(3))
        world.machine.decide(now: s(3))
        world.perform()
        #expect(world.steps == [.journal, .sync], "the decision's record and its sync, nothing written yet")
        #expect(world.received.isEmpty)
        world.machine.journalDurable(now: s(3))
        world.perform()
        #expect(world.steps == [.journal, .sync, .wrote(Self.team1)])
        #expect(world.types(Self.team1) == ["ack"])
    }

    @Test func theBuzzingTeamHearsBeforeTheOtherTeamsAndTheTeamsBeforeTheScreens() {
        var world = Self.armedHall()
        world.line(Self.team1, #"{"type":"buzz","id":"b"}"#, stamp: s(3))
        world.pass(at: s(3))
        let writes = world.steps.compactMap { step -> UInt64? in
            if case .wrote(let tag) = step { tag } else { nil }
        }
        #expect(writes.first == Self.team1, "the sender's ack goes out first")
        let firstScreen = writes.firstIndex { Self.screens.contains($0) } ?? writes.count
        let lastOfficial = writes.lastIndex { !Self.screens.contains($0) } ?? 0
        #expect(lastOfficial < firstScreen, "every host and team write comes before any screen's: \(writes)")
        #expect(Set(writes.filter(Self.screens.contains)) == Set(Self.screens))
        #expect(world.types(Self.team1) == ["ack", "state"])
        #expect(world.messages(Self.team1).first?["events"] is [Any])
    }

    @Test func screensAreNotEvenQueuedUntilTheTeamsHaveTheLock() {
        var world = Self.armedHall()
        world.line(Self.team1, #"{"type":"buzz"}"#, stamp: s(3))
        world.machine.decide(now: s(3))
        world.perform()
        world.machine.journalDurable(now: s(3))
        world.perform()
        world.machine.fanOut(now: s(3)) { "digest" }
        world.perform()
        #expect(world.types(Self.team2) == ["state"], "the other team has the lock")
        #expect(
            Self.screens.allSatisfy {
                world.received[$0] == nil && world.machine.connections[$0]?.outbound.isEmpty == true
            })
        world.machine.fanOutToScreens()
        world.perform()
        #expect(Self.screens.allSatisfy { world.types($0) == ["state"] })
    }

    /// Two buzzes read in one pass, the later one first: the receive stamps decide.
    @Test(arguments: [Micros(1), 200, 500])
    func buzzesInOnePassAreDecidedInStampOrder(gap: Micros) {
        var world = Self.armedHall()
        world.line(Self.team2, #"{"type":"buzz"}"#, stamp: s(3) + gap, now: s(3) + 900)
        world.line(Self.team1, #"{"type":"buzz"}"#, stamp: s(3), now: s(3) + 901)
        world.pass(at: s(3) + 1000)
        let buzzes = PublicView(world.machine.hub.state, now: s(4)).buzzes.map(\.team)
        #expect(buzzes == [1, 2])
        func granted(_ tag: UInt64) -> Bool {
            let events = world.messages(tag).first { $0["type"] as? String == "ack" }?["events"] as? [[String: Any]]
            return events?.contains { $0["type"] as? String == "answerRightGranted" } == true
        }
        #expect(granted(Self.team1), "the earlier stamp wins the right to answer")
        #expect(!granted(Self.team2))
    }

    @Test func aReaderThatTakesNothingIsCutOncePastTheOutboundLimitAndNobodyElseWaits() {
        var options = ServerOptions()
        options.outboundLimit = 4096
        var world = MachineWorld(options: options)
        world.join(Self.host, "host", at: s(1))
        world.join(Self.team1, "team", number: 1, at: s(1))
        world.capacity[Self.host] = 0
        for index in 0..<200 where !world.closed.contains(Self.host) {
            world.line(Self.host, #"{"type":"ping","id":"p\#(index)"}"#, stamp: s(2))
            world.pass(at: s(2))
        }
        #expect(world.closed.contains(Self.host))
        #expect(world.logLines.contains { $0.contains("too slow") })
        world.line(Self.team1, #"{"type":"ping","id":"t"}"#, stamp: s(3))
        world.pass(at: s(3))
        #expect(world.types(Self.team1).last == "pong", "the others are served as before")
    }

    @Test func hostsHearOfJoiningScreensAtMostFourTimesASecond() {
        var world = MachineWorld()
        world.join(Self.host, "host", at: s(1))
        world.pass(at: s(1) + ServerMachine<ContestHub>.presenceInterval)
        world.clearReceived()
        for index in 0..<100 {
            let now = s(2) + Micros(index) * Time.milliseconds(10)
            world.join(UInt64(100 + index), "screen", at: now)
        }
        world.pass(at: s(3) + ServerMachine<ContestHub>.presenceInterval)
        let presences = world.messages(Self.host).filter { $0["type"] as? String == "presence" }
        #expect((4...6).contains(presences.count), "100 joins over one second: \(presences.count) batches")
        #expect(presences.last?["screens"] as? Int == 100)
        #expect(world.machine.nextWake() <= s(3) + ServerMachine<ContestHub>.presenceInterval + Time.seconds(1))
    }

    @Test func aConnectionThatNeverSaysHelloIsToldAndClosedAfterTheIntroductionTimeout() {
        var world = MachineWorld()
        world.connect(1, at: s(0))
        world.bytes(1, Array(#"{"type":"#.utf8), stamp: s(0))
        world.pass(at: s(0))
        world.pass(at: s(9))
        #expect(world.received[1] == nil, "nine seconds of silence are allowed")
        world.pass(at: s(10))
        #expect(world.messages(1).first?["code"] as? String == "helloRequired")
        #expect(world.steps.contains(.shutdown(1)))
        world.pass(at: s(13))
        #expect(world.closed.contains(1), "the peer never closed its side: dropped when the linger ends")
    }

    @Test func aSilentWebSocketIsPingedThenClosedWith4001() throws {
        var world = MachineWorld()
        let socket = WebSocketTestPeer()
        world.connect(1, at: s(0))
        world.bytes(1, socket.upgradeRequest, stamp: s(0))
        world.bytes(1, socket.text(#"{"type":"hello","role":"screen"}"#), stamp: s(0))
        world.pass(at: s(0))
        world.pass(at: s(15))
        var frames = socket.frames(in: world.received[1] ?? [])
        #expect(frames.last?.opcode == .ping)
        world.pass(at: s(45))
        frames = socket.frames(in: world.received[1] ?? [])
        #expect(frames.last?.opcode == .close)
        #expect(frames.last.map { Array($0.payload.prefix(2)) } == [0x0F, 0xA1], "close code 4001")
    }
}
