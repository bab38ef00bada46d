import Foundation
import Testing

/// `kill -9` and damaged journals: a restart comes back to exactly what had been acknowledged.
@Suite(.serialized) struct CrashRecoveryEndToEndTests {
    /// One scripted step: who sends what. Steps end where no deadline is pending, so the state seen
    /// before the kill cannot move on by itself while the server is down.
    typealias Step = (actor: String, type: String, fields: [String: Any])

    nonisolated(unsafe) static let script: [Step] = [
        ("host", "startSegment", ["segment": 1]),
        ("host", "showQuestion", [:]),
        ("team2", "buzz", [:]),
        ("host", "armBuzzers", [:]),
        ("team3", "buzz", [:]),
        ("host", "pause", [:]),
        ("host", "rule", ["verdict": "correct"]),
        ("host", "resume", [:]),
        ("host", "showQuestion", [:]),
        ("host", "correctScore", ["team": 4, "delta": -2.5, "reason": "违反赛场纪律"]),
        ("host", "void", [:]),
        ("host", "endSegment", [:]),
    ]

    /// Where the server is killed: after these many acknowledged steps.
    static let killPoints = [1, 3, 6, 7, 10, 12]

    @Test func killMinus9AtSeveralPointsThenRestartGivesTheAcknowledgedState() throws {
        let data = ServerProcess.scratchDirectory("kill9")
        var server = try ServerProcess(dataDirectory: data)
        var done = 0
        for point in Self.killPoints {
            let clients = try Self.clients(server)
            while done < point {
                let step = Self.script[done]
                try clients[step.actor]!.ok(step.type, step.fields)
                done += 1
            }
            let acknowledged = try HTTPGet.stateFingerprint(port: server.port)
            #expect(acknowledged.hasPrefix("\(point) "), "entries after \(point) steps: \(acknowledged)")
            server.stop(SIGKILL)
            server = try ServerProcess(dataDirectory: data)
            #expect(try HTTPGet.stateFingerprint(port: server.port) == acknowledged, "after kill at step \(point)")
        }
        #expect(server.standardError.contains("Replayed 12 commands"))
    }

    /// A crash mid-write leaves part of the last record: every such cut restarts at the record before.
    @Test func aJournalTruncatedAtEveryOffsetOfItsLastRecordRecoversTheRecordBefore() throws {
        let data = ServerProcess.scratchDirectory("torn")
        var server = try ServerProcess(dataDirectory: data)
        let host = try NDJSONClient(port: server.port)
        try host.hello("host", token: server.hostToken)
        try host.ok("startSegment", ["segment": 1])
        let before = try HTTPGet.stateFingerprint(port: server.port)
        let sizeBefore = try Self.journalSize(data)
        try host.ok("pause")
        let after = try HTTPGet.stateFingerprint(port: server.port)
        server.stop(SIGKILL)
        let journal = try Data(contentsOf: URL(fileURLWithPath: data + "/journal.qcj"))
        #expect(journal.count > sizeBefore)
        for cut in sizeBefore..<journal.count {
            try journal.prefix(cut).write(to: URL(fileURLWithPath: data + "/journal.qcj"))
            server = try ServerProcess(dataDirectory: data, arguments: ["--quiet"])
            #expect(try HTTPGet.stateFingerprint(port: server.port) == before, "cut at \(cut)")
            server.stop(SIGKILL)
            #expect(try Self.journalSize(data) == sizeBefore, "the torn bytes are cut off (cut at \(cut))")
        }
        try journal.write(to: URL(fileURLWithPath: data + "/journal.qcj"))
        server = try ServerProcess(dataDirectory: data)
        #expect(try HTTPGet.stateFingerprint(port: server.port) == after)
    }

    @Test func aCorruptRecordInTheMiddleRefusesToStartAndSaysWhere() throws {
        let data = ServerProcess.scratchDirectory("corrupt")
        var server = try ServerProcess(dataDirectory: data)
        let host = try NDJSONClient(port: server.port)
        try host.hello("host", token: server.hostToken)
        try host.ok("startSegment", ["segment": 1])
        let second = try Self.journalSize(data)
        try host.ok("pause")
        try host.ok("resume")
        server.stop(SIGKILL)
        let path = data + "/journal.qcj"
        var journal = try Data(contentsOf: URL(fileURLWithPath: path))
        journal[second + 12] ^= 0x20
        try journal.write(to: URL(fileURLWithPath: path))
        #expect(throws: TestFailure.self) { server = try ServerProcess(dataDirectory: data) }
        let log = Self.lastServerError(data)
        #expect(log.contains("第 3 条记录（第 1 条为文件头；字节偏移 \(second)）已损坏"), "\(log)")
        #expect(log.contains("record 3 (record 1 is the header) at byte offset \(second) is damaged"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == journal, "the damaged journal is left as it was")
    }

    /// A length damaged to run past the end, in the header or a middle record, is not a torn tail:
    /// the server refuses, and every acknowledged record stays on disk.
    @Test(arguments: [0, 1])
    func aLengthRunningPastTheEndRefusesToStartAndCutsNothing(record: Int) throws {
        let data = ServerProcess.scratchDirectory("length-\(record)")
        var server = try ServerProcess(dataDirectory: data)
        let host = try NDJSONClient(port: server.port)
        try host.hello("host", token: server.hostToken)
        let headerEnd = try Self.journalSize(data)
        try host.ok("startSegment", ["segment": 1])
        try host.ok("pause")
        server.stop(SIGKILL)
        let path = data + "/journal.qcj"
        var journal = try Data(contentsOf: URL(fileURLWithPath: path))
        let start = record == 0 ? 0 : headerEnd
        journal[start + 2] = 0x40
        try journal.write(to: URL(fileURLWithPath: path))
        #expect(throws: TestFailure.self) { server = try ServerProcess(dataDirectory: data) }
        let log = Self.lastServerError(data)
        #expect(log.contains("第 \(record + 1) 条记录（第 1 条为文件头；字节偏移 \(start)）已损坏"), "\(log)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == journal, "nothing is cut")
    }

    @Test func aJournalOfAnotherContestIsRefusedAndNewKeepsItAside() throws {
        let data = ServerProcess.scratchDirectory("other")
        var server = try ServerProcess(dataDirectory: data)
        let host = try NDJSONClient(port: server.port)
        try host.hello("host", token: server.hostToken)
        try host.ok("startSegment", ["segment": 0])
        let oldToken = server.hostToken
        server.stop(SIGTERM)
        let contest = try Hall.contestFile(in: data + "/..")
        #expect(throws: TestFailure.self) {
            server = try ServerProcess(dataDirectory: data, arguments: ["--contest", contest])
        }
        #expect(Self.lastServerError(data).contains("属于另一场比赛"))
        server = try ServerProcess(dataDirectory: data, arguments: ["--contest", contest], fresh: true)
        #expect(try HTTPGet.stateFingerprint(port: server.port).hasPrefix("0 "))
        #expect(server.hostToken != oldToken)
        let kept = try FileManager.default.contentsOfDirectory(atPath: data)
        #expect(kept.contains { $0.hasPrefix("journal-") && $0.hasSuffix(".qcj") }, "\(kept)")
        #expect(kept.contains { $0.hasPrefix("tokens-") && $0.hasSuffix(".json") }, "\(kept)")
    }

    static func clients(_ server: ServerProcess) throws -> [String: ContestClient] {
        let host = try WebSocketClient(port: server.port)
        try host.hello("host", token: server.hostToken)
        var clients: [String: ContestClient] = ["host": host]
        for team in [2, 3] {
            let client = try NDJSONClient(port: server.port)
            try client.hello("team", token: server.teamToken(team), seat: 1)
            clients["team\(team)"] = client
        }
        return clients
    }

    static func journalSize(_ data: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: data + "/journal.qcj")[.size] as? Int) ?? -1
    }

    /// The standard error of the last server that failed to start in `data`.
    static func lastServerError(_ data: String) -> String {
        let folder = URL(fileURLWithPath: data).deletingLastPathComponent().path
        let prefix = URL(fileURLWithPath: data).lastPathComponent + "-port-"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let errors = files.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".err") }.map { folder + "/" + $0 }
        let newest = errors.max {
            let a = (try? FileManager.default.attributesOfItem(atPath: $0)[.modificationDate] as? Date) ?? .distantPast
            let b = (try? FileManager.default.attributesOfItem(atPath: $1)[.modificationDate] as? Date) ?? .distantPast
            return a < b
        }
        return newest.map(ServerProcess.read) ?? ""
    }
}
