import Foundation
import Testing

/// The exam day through the real binaries: `quiz-server --exam` on a small exam file, candidates,
/// markers and practical judges over NDJSON, then `quiz-admin exam results` on the data folder alone,
/// and `quiz-admin composite rank` on the file it wrote.
@Suite(.serialized) struct ExamResultsEndToEndTests {
    /// Three candidates, three markers (double marking and a third), three judges (a plain mean).
    static func examFile(in folder: String) throws -> String {
        let paper = ServerProcess.packageRoot + "/question-banks/demo-exam/paper.json"
        try FileManager.default.copyItem(atPath: paper, toPath: folder + "/paper.json")
        let exam = """
            {"title": "结果测试", "paper": "paper.json", "durationMinutes": 90, "seed": 7, "markers": 3, "judges": 3,
             "candidates": [{"candidate": "T01", "name": "甲", "unit": "城东"}, {"candidate": "T02", "name": "乙", "unit": "城西"},
                            {"candidate": "T03", "name": "丙", "unit": "南湖"}]}
            """
        try exam.write(toFile: folder + "/exam.json", atomically: true, encoding: .utf8)
        return folder + "/exam.json"
    }

    static func tokens(_ server: ServerProcess, _ kind: String) -> [[String: Any]] {
        server.tokens[kind] as? [[String: Any]] ?? []
    }

    @Test func anExamDayFeedsTheResultsAndTheCompositeRanking() throws {
        let folder = ServerProcess.scratchDirectory("exam-results")
        let data = folder + "/data"
        let server = try ServerProcess(dataDirectory: data, arguments: ["--exam", try Self.examFile(in: folder)])
        let candidates = Self.tokens(server, "candidates")
        #expect(candidates.count == 3)
        // T01 and T02 answer every question and submit; T03 never comes.
        for entry in candidates.prefix(2) {
            let page = try NDJSONClient(port: server.port)
            try page.send([
                "type": "hello", "role": "candidate", "candidate": entry["candidate"]!, "token": entry["token"]!,
            ])
            let welcome = try page.receive("welcome")
            let exam = try #require(welcome["exam"] as? [String: Any])
            let questions = try #require((exam["paper"] as? [String: Any])?["questions"] as? [[String: Any]])
            for question in questions {
                var save: [String: Any] = ["question": question["id"]!]
                switch question["type"] as? String {
                case "single", "multiple": save["choices"] = [0]
                case "truefalse": save["truth"] = true
                default: save["text"] = "首问负责，一次性告知，限时办结。"
                }
                try page.ok("saveAnswer", save)
            }
            try page.ok("submitPaper")
        }
        // Each marker marks every script the server hands them, 6 points, until none is left.
        for marker in Self.tokens(server, "markers") {
            let page = try NDJSONClient(port: server.port)
            try page.send(["type": "hello", "role": "marker", "token": marker["token"]!])
            var view = try #require(try page.receive("welcome")["marking"] as? [String: Any])
            while let next = view["next"] as? [String: Any] {
                try page.ok("markScript", ["script": next["script"]!, "points": 6])
                view = try #require(try page.receive("marking")["marking"] as? [String: Any])
            }
        }
        // Every judge scores every item of every contestant and signs.
        for judge in Self.tokens(server, "judges") {
            let page = try NDJSONClient(port: server.port)
            try page.send(["type": "hello", "role": "judge", "token": judge["token"]!])
            let practical = try #require(try page.receive("welcome")["practical"] as? [String: Any])
            let items = try #require(practical["items"] as? [[String: Any]])
            for candidate in ["T01", "T02", "T03"] {
                for (index, item) in items.enumerated() {
                    try page.ok(
                        "scoreItem", ["contestant": candidate, "item": index, "points": (item["max"] as! Int) - 2])
                }
                try page.ok("signSheet", ["contestant": candidate])
            }
        }
        #expect(server.stop(SIGTERM) == 0)

        let results = folder + "/成绩"
        let run = try AdminEndToEndTests.admin(["exam", "results", data, "--out", results])
        #expect(run.status == 0, "\(run.output)")
        let theory = try AdminEndToEndTests.rows(results + "/理论成绩.csv")
        #expect(theory.count == 4 && theory.dropFirst().map { $0[0] } == ["T01", "T02", "T03"])
        #expect(theory[3].contains("缺考"))
        let ranked = folder + "/综合"
        let composite = try AdminEndToEndTests.admin(["composite", "rank", results + "/综合成绩.csv", "--out", ranked])
        #expect(composite.status == 0, "\(composite.output)")
        let rows = try AdminEndToEndTests.rows(ranked + "/composite.csv")
        #expect(rows.count == 4, "\(rows)")
        // Every practical sheet totals 100 − 5 × 2 = 90 from each judge.
        #expect(rows.dropFirst().allSatisfy { $0.contains("90") }, "\(rows)")
    }
}
