import Foundation
import Glibc
import Testing

/// Buzzes are ordered by when the kernel received them, not by when a busy loop got round to them.
@Suite(.serialized) struct FairOrderEndToEndTests {
    static let screens = 2000
    static let rounds = 20

    /// The loop stalls 20 ms after every wake-up and writes each state change to 2,000 screens that
    /// never read, so both buzzes of a round are read in the same pass; only the kernel's receive
    /// stamp can still tell which came first, and by how much.
    @Test func twoTeamsBuzzing1msApartAreOrderedRightEveryTimeUnderLoad() throws {
        let directory = ServerProcess.scratchDirectory("fair")
        let server = try ServerProcess(
            dataDirectory: directory + "/data",
            arguments: [
                "--contest", try Hall.contestFile(in: directory, buzzQuestions: 2 * Self.rounds), "--test-stall-ms",
                "20",
                "--quiet",
            ])
        let host = try WebSocketClient(port: server.port)
        try host.hello("host", token: server.hostToken)
        let teamA = try NDJSONClient(port: server.port)
        try teamA.hello("team", token: server.teamToken(1), seat: 1)
        let teamB = try WebSocketClient(port: server.port)
        try teamB.hello("team", token: server.teamToken(2), seat: 1)
        var silentScreens: [Socket] = []
        for _ in 0..<Self.screens {
            let socket = try Socket(port: server.port)
            try socket.write(Array("{\"type\":\"hello\",\"role\":\"screen\"}\n".utf8))
            silentScreens.append(socket)
        }
        try host.ok("startSegment", ["segment": 1])

        var wrong: [String] = []
        var margins: [Int] = []
        for round in 0..<(2 * Self.rounds) {
            let (first, second, firstTeam, secondTeam) = round % 2 == 0 ? (teamA, teamB, 1, 2) : (teamB, teamA, 2, 1)
            try host.ok("showQuestion")
            try host.ok("armBuzzers")
            try first.send(["type": "buzz"])
            usleep(1000)
            try second.send(["type": "buzz"])
            try host.waitForState { (($0["view"] as? [String: Any])?["buzzes"] as? [Any])?.count == 2 }
            let buzzes = (host.lastState["view"] as? [String: Any])?["buzzes"] as? [[String: Any]] ?? []
            let order = buzzes.map { $0["team"] as? Int ?? 0 }
            let margin = buzzes.last?["margin"] as? Int ?? 0
            margins.append(margin)
            if order != [firstTeam, secondTeam] || margin < 900 {
                wrong.append("round \(round): order \(order), margin \(margin) µs")
            }
            try host.ok("void")
            _ = try first.receive("ack")
            _ = try second.receive("ack")
        }
        #expect(wrong.isEmpty, "\(wrong)")
        #expect(margins.count == 2 * Self.rounds)
        withExtendedLifetime(silentScreens) {}
    }
}
