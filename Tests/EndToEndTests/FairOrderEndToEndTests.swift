import Foundation
import Glibc
import Testing

/// Buzzes are ordered by when their own bytes arrived, not by when a busy loop got round to them.
@Suite(.serialized) struct FairOrderEndToEndTests {
    static let rounds = 20

    /// A final whose loop stalls 20 ms after every wake-up and writes each state change to
    /// `screens` screens that never read, so all of a round's presses are read in one pass.
    struct StalledHall {
        let server: ServerProcess
        let host: WebSocketClient
        var teamA: NDJSONClient
        let teamB: WebSocketClient
        let silentScreens: [Socket]

        init(_ name: String, screens: Int) throws {
            let directory = ServerProcess.scratchDirectory(name)
            server = try ServerProcess(
                dataDirectory: directory + "/data",
                arguments: [
                    "--contest", try Hall.contestFile(in: directory, buzzQuestions: 2 * FairOrderEndToEndTests.rounds),
                    "--test-stall-ms", "20", "--quiet",
                ])
            host = try WebSocketClient(port: server.port)
            try host.hello("host", token: server.hostToken)
            teamA = try NDJSONClient(port: server.port)
            try teamA.hello("team", token: server.teamToken(1), seat: 1)
            teamB = try WebSocketClient(port: server.port)
            try teamB.hello("team", token: server.teamToken(2), seat: 1)
            var sockets: [Socket] = []
            for _ in 0..<screens {
                let socket = try Socket(port: server.port)
                try socket.write(Array("{\"type\":\"hello\",\"role\":\"screen\"}\n".utf8))
                sockets.append(socket)
            }
            silentScreens = sockets
            try host.ok("startSegment", ["segment": 1])
        }

        /// Plays one buzz round: `presses` run in order, then the host reads the buzz rail and voids.
        func round(_ presses: () throws -> Void) throws -> (order: [Int], margin: Int) {
            try host.ok("showQuestion")
            try host.ok("armBuzzers")
            try presses()
            try host.waitForState { (($0["view"] as? [String: Any])?["buzzes"] as? [Any])?.count == 2 }
            let buzzes = (host.lastState["view"] as? [String: Any])?["buzzes"] as? [[String: Any]] ?? []
            try host.ok("void")
            return (buzzes.map { $0["team"] as? Int ?? 0 }, buzzes.last?["margin"] as? Int ?? 0)
        }
    }

    /// Busy-waits: `usleep` may oversleep by more than the 0.2 ms gap under test. The longer gap
    /// sleeps, leaving the core to the server, as the buzzer hardware in a hall would.
    static func spin(microseconds: Int) {
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        var now = start
        repeat {
            clock_gettime(CLOCK_MONOTONIC, &now)
        } while (now.tv_sec - start.tv_sec) * 1_000_000
            + (now.tv_nsec - start.tv_nsec) / 1000 < microseconds
    }

    /// Only the kernel's receive stamp can still tell which of two buzzes 1 ms apart came first.
    @Test func twoTeamsBuzzing1msApartAreOrderedRightEveryTimeUnderLoad() throws {
        let hall = try StalledHall("fair", screens: 2000)
        var wrong: [String] = []
        for round in 0..<(2 * Self.rounds) {
            let (first, second, firstTeam, secondTeam): (ContestClient, ContestClient, Int, Int) =
                round % 2 == 0 ? (hall.teamA, hall.teamB, 1, 2) : (hall.teamB, hall.teamA, 2, 1)
            let (order, margin) = try hall.round {
                try first.send(["type": "buzz"])
                usleep(1000)
                try second.send(["type": "buzz"])
            }
            if order != [firstTeam, secondTeam] || margin < 900 {
                wrong.append("round \(round): order \(order), margin \(margin) µs")
            }
            _ = try first.receive("ack")
            _ = try second.receive("ack")
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    /// Team 1 buzzes, team 2 buzzes 0.2 ms later, team 1 presses again (or pings) 1 ms after that.
    /// Waiting unread, team 1's two messages are merged by the kernel into one buffer stamped with
    /// the later time; the arrival watch still times the buzz by its own bytes.
    @Test func aBuzzFollowedByMoreBytesKeepsItsOwnTime() throws {
        var hall = try StalledHall("double-press", screens: 1000)
        var wrong: [String] = []
        for round in 0..<(2 * Self.rounds) {
            // A new connection acknowledges at once (TCP's quick-ack start), which lets the kernel
            // merge the first buzz with the next bytes as it would on a real network every time.
            hall.teamA = try NDJSONClient(port: hall.server.port)
            try hall.teamA.hello("team", token: hall.server.teamToken(1), seat: 1)
            let pressesTwice = round % 2 == 0
            let (order, margin) = try hall.round {
                try hall.teamA.send(["type": "buzz"])
                Self.spin(microseconds: 200)
                try hall.teamB.send(["type": "buzz"])
                usleep(1000)
                try hall.teamA.send(pressesTwice ? ["type": "buzz"] : ["type": "ping", "id": "p\(round)"])
            }
            // Only the order: the test's own process may be descheduled between presses, widening a gap.
            if order != [1, 2] {
                wrong.append(
                    "round \(round) (\(pressesTwice ? "second press" : "ping")): order \(order), margin \(margin) µs")
            }
            _ = try hall.teamA.receive("ack")
            _ = try hall.teamA.receive(pressesTwice ? "rejected" : "pong")
            _ = try hall.teamB.receive("ack")
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }
}
