import Foundation
import Testing

/// What the server refuses from a connection, and how: nothing a client sends changes what it may do.
@Suite(.serialized) struct RefusalEndToEndTests {
    @Test func aForgedTeamTokenIsRefusedLoggedAndTheConnectionClosedWith1008() throws {
        let directory = ServerProcess.scratchDirectory("forged")
        let server = try ServerProcess(dataDirectory: directory)
        let client = try WebSocketClient(port: server.port)
        let reply = try client.hello("team", token: "AAAAAAAAAA", seat: 1)
        #expect(reply["type"] as? String == "error")
        #expect(reply["code"] as? String == "badToken")
        #expect(throws: TestFailure.self) { try client.receive() }
        #expect(client.closeCode == 1008)
        // A real team token offered for the host role is just as wrong.
        let sneaky = try NDJSONClient(port: server.port)
        #expect(try sneaky.hello("host", token: server.teamToken(1))["code"] as? String == "badToken")
        #expect(throws: TestFailure.self) { try sneaky.receive() }
        server.stop(SIGTERM)
        #expect(server.standardError.contains("refused a team hello with a wrong token"))
        #expect(server.standardError.contains("refused a host hello with a wrong token"))
    }

    @Test func aScreenSendingHostCommandsIsRefusedAndNothingChanges() throws {
        let server = try ServerProcess(dataDirectory: ServerProcess.scratchDirectory("screen"))
        let before = try HTTPGet.stateFingerprint(port: server.port)
        let screen = try NDJSONClient(port: server.port)
        try screen.hello("screen")
        for command in ["startSegment", "finishContest", "correctScore"] {
            let reply = try screen.command(command, ["segment": 0, "team": 1, "delta": 10, "reason": "想加分"])
            #expect(reply["type"] as? String == "rejected")
            #expect(reply["code"] as? String == "notAllowed")
        }
        #expect(try HTTPGet.stateFingerprint(port: server.port) == before)
    }

    @Test func aTeamCannotBuzzOrAnswerForAnotherTeam() throws {
        let server = try ServerProcess(dataDirectory: ServerProcess.scratchDirectory("other-team"))
        let host = try WebSocketClient(port: server.port)
        try host.hello("host", token: server.hostToken)
        let team1 = try WebSocketClient(port: server.port)
        try team1.hello("team", token: server.teamToken(1), seat: 1)
        try host.ok("startSegment", ["segment": 1])
        try host.ok("showQuestion")
        try host.ok("armBuzzers")
        for (type, fields) in [("buzz", ["team": 2]), ("answer", ["team": 2, "truth": true] as [String: Any])] {
            let reply = try team1.command(type, fields)
            #expect(reply["type"] as? String == "rejected", "\(type)")
            #expect(reply["code"] as? String == "notAllowed", "\(type)")
        }
        try host.waitForState { (($0["view"] as? [String: Any])?["buzzes"] as? [Any])?.isEmpty == true }
        // Not even the host may buzz for a team.
        #expect(try host.command("buzz", ["team": 2])["code"] as? String == "notAllowed")
    }

    @Test func commandsBeforeHelloAndBrokenJSONGetErrorsAndTheConnectionStaysUsable() throws {
        let server = try ServerProcess(dataDirectory: ServerProcess.scratchDirectory("broken"))
        let client = try NDJSONClient(port: server.port)
        #expect(try client.command("buzz")["code"] as? String == "helloRequired")
        try client.sendText("{this is not json")
        #expect(try client.receive()["code"] as? String == "badMessage")
        try client.send(["type": "fly"])
        let unknown = try client.receive()
        #expect(unknown["code"] as? String == "badMessage")
        #expect((unknown["message"] as? String)?.contains("fly") == true)
        #expect(try client.hello("screen")["type"] as? String == "welcome")
    }

    @Test(arguments: [
        ("/nope", 404), ("/api/state", 200), ("/api/results.csv", 200), ("/../etc/passwd", 404), ("/echo", 404),
    ])
    func plainRequestsGetTheirStatus(path: String, status: Int) throws {
        let server = try ServerProcess(dataDirectory: ServerProcess.scratchDirectory("http"))
        #expect(try HTTPGet(port: server.port, path: path).status == status)
    }

    @Test func aPostIsRefusedWith405() throws {
        let server = try ServerProcess(dataDirectory: ServerProcess.scratchDirectory("post"))
        let socket = try Socket(port: server.port)
        try socket.write(Array("POST /api/state HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".utf8))
        let text = String(decoding: try socket.readToEnd(), as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 405"))
        #expect(text.contains("Allow: GET"))
    }

    @Test func sigtermClosesWebSocketClientsWith1001AndExitsCleanly() throws {
        let server = try ServerProcess(dataDirectory: ServerProcess.scratchDirectory("sigterm"))
        let screen = try WebSocketClient(port: server.port)
        try screen.hello("screen")
        let status = server.stop(SIGTERM)
        while (try? screen.receive()) != nil {}
        #expect(screen.closeCode == 1001)
        #expect(status == 0)
    }
}
