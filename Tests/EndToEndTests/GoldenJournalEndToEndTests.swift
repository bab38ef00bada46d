import Foundation
import Testing

/// The real server resumes every golden journal: a contest written by an earlier release carries on
/// after an upgrade, through the whole start-up (contest file, banks, coverage, replay).
@Suite(.serialized) struct GoldenJournalEndToEndTests {
    @Test(arguments: [1, 2])
    func theServerResumesAGoldenJournalAtItsFinalStandings(version: Int) throws {
        let golden = ServerProcess.packageRoot + "/Tests/Golden/v\(version)"
        let data = ServerProcess.scratchDirectory("golden-\(version)")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: golden + "/journal.qcj", toPath: data + "/journal.qcj")
        let server = try ServerProcess(dataDirectory: data, arguments: ["--contest", golden + "/contest.json"])
        let state = try HTTPGet(port: server.port, path: "/api/state").json
        let final = try String(contentsOfFile: golden + "/final-v\(version).txt", encoding: .utf8)
        let expected = final.split(separator: "\n").prefix(8).map { line in
            let fields = line.split(separator: "\t")
            return "\(fields[1]) \(fields[3])"
        }
        let view = try #require(state["view"] as? [String: Any])
        let board = try #require(view["scoreboard"] as? [[String: Any]])
        #expect(board.map { "\($0["team"] ?? "") \(($0["total"] as? NSNumber)?.stringValue ?? "")" } == expected)
        #expect(view["stage"] as? String == "finished")
        #expect(
            "\(state["entries"] ?? "")"
                == final.split(separator: "\n").last?.split(separator: " ").last.map(String.init))
    }
}
