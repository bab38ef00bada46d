import Foundation
import Testing

/// `kill -9` in the middle of a written exam: 200 candidates saving at once, and after the restart
/// every candidate's welcome holds every answer the server had acknowledged, with the same deadline.
@Suite(.serialized) struct ExamCrashEndToEndTests {
    static let candidates = 200
    /// Acknowledged saves before the kill: about a dozen per candidate, so every question is saved twice or more.
    static let killAt = 2400

    @Test func killMinus9DuringTwoHundredCandidatesSavingLosesNoAcknowledgedAnswer() throws {
        let data = ServerProcess.scratchDirectory("exam-kill9")
        let exam = try Self.writeExam(in: data + "-files", candidates: Self.candidates)
        var server = try ServerProcess(dataDirectory: data, arguments: ["--exam", exam, "--quiet"])
        let earlier = try Self.logIn(everyone: server)
        let questions = try Self.oneQuestionOfEachType(earlier[0].welcome)
        let saving = SavingCandidates(
            pages: earlier.map { SavingCandidates.Page(candidate: $0.candidate, socket: $0.socket) },
            questions: questions)
        try saving.run(killAt: Self.killAt) { server.stop(SIGKILL) }
        #expect(saving.problems.isEmpty, "\(saving.problems.prefix(3))")
        #expect(saving.acks >= Self.killAt)

        server = try ServerProcess(dataDirectory: data, arguments: ["--exam", exam])
        let again = try Self.logIn(everyone: server)
        #expect(server.standardOutput.contains("Replayed"), "the banner says the journal was replayed")
        var lost: [String] = []
        var unackedKept = 0
        for (page, login) in zip(saving.pages, again) {
            let view = login.welcome["exam"] as? [String: Any] ?? [:]
            let before = earlier.first { $0.candidate == page.candidate }?.welcome["exam"] as? [String: Any] ?? [:]
            #expect(view["deadline"] as? Int != nil && view["deadline"] as? Int == before["deadline"] as? Int)
            #expect(view["start"] as? Int == before["start"] as? Int)
            let saved = Dictionary(
                (view["answers"] as? [[String: Any]] ?? []).map { ($0["question"] as? String ?? "", $0) },
                uniquingKeysWith: { first, _ in first })
            let inFlight = page.inFlight
            for question in questions {
                let restored = saved[question.id].map(SavingCandidates.Answer.init(fields:))
                let unacked = inFlight?.question == question.id ? inFlight?.answer : nil
                if let unacked, restored == unacked, page.acknowledged[question.id]?.answer != unacked {
                    unackedKept += 1
                    continue
                }
                guard let acknowledged = page.acknowledged[question.id] else {
                    if restored != nil { lost.append("\(page.candidate) \(question.id): \(restored!) was never sent") }
                    continue
                }
                if restored != acknowledged.answer {
                    lost.append(
                        "\(page.candidate) \(question.id): acknowledged \(acknowledged.answer), restored \(restored.map { "\($0)" } ?? "nothing")"
                    )
                } else if inFlight?.question != question.id, saved[question.id]?["savedAt"] as? Int != acknowledged.at {
                    lost.append(
                        "\(page.candidate) \(question.id): savedAt \(saved[question.id]?["savedAt"] ?? "-") ≠ ack at \(acknowledged.at)"
                    )
                }
            }
        }
        #expect(lost.isEmpty, "\(lost.count) acknowledged answers lost, e.g. \(lost.prefix(3))")
        let acknowledged = saving.pages.reduce(0) { $0 + $1.acknowledged.count }
        #expect(
            saving.acks > acknowledged,
            "later saves overwrote earlier ones: \(saving.acks) acks, \(unackedKept) unacknowledged kept")
    }

    /// One logged-in page: its admission number, its socket (welcome read) and the welcome.
    typealias Login = (candidate: String, socket: Socket, welcome: [String: Any])

    /// Every candidate in `tokens.json` says hello over NDJSON; their welcomes, in the roster's order.
    static func logIn(everyone server: ServerProcess) throws -> [Login] {
        let candidates = server.tokens["candidates"] as? [[String: Any]] ?? []
        guard candidates.count == Self.candidates else {
            throw TestFailure("tokens.json lists \(candidates.count) candidates")
        }
        return try candidates.map { entry in
            let candidate = entry["candidate"] as? String ?? ""
            let socket = try Socket(port: server.port)
            let hello: [String: Any] = [
                "type": "hello", "role": "candidate", "candidate": candidate, "token": entry["token"] as? String ?? "",
            ]
            try socket.write(Array(try JSONSerialization.data(withJSONObject: hello)) + [0x0A])
            var lines = SavingCandidates.lines(socket)
            while lines.isEmpty {
                guard try socket.fill() else { throw TestFailure("\(candidate): the server closed before a welcome") }
                lines = SavingCandidates.lines(socket)
            }
            guard lines.count == 1, lines[0]["type"] as? String == "welcome" else {
                throw TestFailure("\(candidate): \(lines) instead of one welcome")
            }
            return (candidate, socket, lines[0])
        }
    }

    /// The first question of each type on the candidate's paper: id, type and option count.
    static func oneQuestionOfEachType(_ welcome: [String: Any]) throws -> [(id: String, type: String, options: Int)] {
        let paper = (welcome["exam"] as? [String: Any])?["paper"] as? [String: Any]
        var seen = Set<String>()
        let questions = (paper?["questions"] as? [[String: Any]] ?? []).compactMap {
            question -> (id: String, type: String, options: Int)? in
            guard let id = question["id"] as? String, let type = question["type"] as? String, seen.insert(type).inserted
            else { return nil }
            return (id, type, (question["options"] as? [Any])?.count ?? 0)
        }
        guard questions.count == 6 else { throw TestFailure("the paper has \(questions.count) question types, not 6") }
        return questions
    }

    /// An exam file over the bundled demo paper with `candidates` candidates, open at once for 90 minutes.
    static func writeExam(in folder: String, candidates: Int) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let paper = ServerProcess.packageRoot + "/question-banks/demo-exam/paper.json"
        try FileManager.default.copyItem(atPath: paper, toPath: folder + "/paper.json")
        let roster = (1...candidates).map { index in
            ["candidate": String(format: "2026%06d", index), "name": "考生\(index)", "unit": "测试单位\(index % 7)"]
        }
        let exam: [String: Any] = [
            "title": "端到端测试笔试", "paper": "paper.json", "start": "", "durationMinutes": 90, "seed": 7,
            "candidates": roster,
        ]
        let path = folder + "/exam.json"
        try JSONSerialization.data(withJSONObject: exam).write(to: URL(fileURLWithPath: path))
        return path
    }
}
