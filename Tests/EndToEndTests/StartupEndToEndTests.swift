import Foundation
import Glibc
import Testing

/// What the organiser is told at start: faults in the files are shown, and only a contest the banks
/// cannot play is refused.
@Suite(.serialized) struct StartupEndToEndTests {
    /// A bank of three single-choice questions, the second broken (answer E among four options).
    static let bank = """
        {"format": "quiz-bank/1", "title": "启动测试题库", "questions": [
          {"id": "A1", "type": "single", "stem": "甲？", "options": ["一", "二", "三", "四"], "answer": "A"},
          {"id": "A2", "type": "single", "stem": "乙？", "options": ["一", "二", "三", "四"], "answer": "E"},
          {"id": "A3", "type": "single", "stem": "丙？", "options": ["一", "二", "三", "四"], "answer": "B"}
        ]}
        """

    /// Two teams and one buzz segment of `questions` questions, with a misspelt rule.
    static func contest(in directory: String, questions: Int) throws -> String {
        try bank.write(toFile: directory + "/bank.json", atomically: true, encoding: .utf8)
        let text = """
            {"title": "启动测试", "seed": 1, "banks": ["bank.json"],
             "teams": [{"id": 1, "name": "一队"}, {"id": 2, "name": "二队"}],
             "segments": [{"kind": "buzz", "rules": {"questionCount": \(questions), "falseStartPenalty": -5}}]}
            """
        let path = directory + "/contest.json"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The banner, once the server has written its last line (the tokens come before it).
    static func banner(of server: ServerProcess) -> String {
        for _ in 0..<250 where !server.standardOutput.contains("Ctrl-C") { usleep(20_000) }
        return server.standardOutput
    }

    @Test func aBrokenQuestionAndAMisspeltRuleAreShownAndTheContestStarts() throws {
        let directory = ServerProcess.scratchDirectory("startup")
        let server = try ServerProcess(
            dataDirectory: directory + "/data", arguments: ["--contest", try Self.contest(in: directory, questions: 2)])
        let banner = Self.banner(of: server)
        #expect(banner.contains("bank.json:4:"), "\(banner)")
        #expect(banner.contains("[answer-not-in-options]"), "\(banner)")
        #expect(banner.contains("有错误的题已略去，载入 2 道题"), "\(banner)")
        #expect(
            banner.contains("未知的配置项 segments[0].rules.falseStartPenalty，已忽略；是否想写 falseStartPoints？"),
            "\(banner)")
        let host = try NDJSONClient(port: server.port)
        try host.hello("host", token: server.hostToken)
        try host.ok("startSegment", ["segment": 0])
        #expect(try host.command("showQuestion", ["question": "A2"])["code"] as? String == "unknownQuestion")
        try host.ok("showQuestion", ["question": "A3"])
    }

    @Test func aSegmentTheBanksCannotPlayIsRefusedByName() throws {
        let directory = ServerProcess.scratchDirectory("startup-short")
        let contest = try Self.contest(in: directory, questions: 3)
        do {
            _ = try ServerProcess(dataDirectory: directory + "/data", arguments: ["--contest", contest])
            Issue.record("the server started with a bank too small for its buzz segment")
        } catch let failure as TestFailure {
            #expect(failure.description.contains("[answer-not-in-options]"), "\(failure)")
            #expect(
                failure.description.contains("第1环节「抢答题」：符合抽题条件（题型 单选题、多选题、判断题、填空题、简答题）的题只有 2 道，至少需要 3 道"),
                "\(failure)")
        }
    }
}

/// One data folder, one server: a second one on it is refused, naming the first, and changes nothing.
@Suite(.serialized) struct DataFolderLockEndToEndTests {
    @Test func aSecondServerOnTheSameDataFolderIsRefusedNamingTheFirstsPort() throws {
        let data = ServerProcess.scratchDirectory("locked")
        let first = try ServerProcess(dataDirectory: data)
        let host = try NDJSONClient(port: first.port)
        try host.hello("host", token: first.hostToken)
        try host.ok("startSegment", ["segment": 0])
        let journal = try Data(contentsOf: URL(fileURLWithPath: data + "/journal.qcj"))
        do {
            _ = try ServerProcess(dataDirectory: data)
            Issue.record("a second server started on the same data folder")
        } catch let failure as TestFailure {
            #expect(failure.description.contains("数据目录已被另一个正在运行的 quiz-server 使用"), "\(failure)")
            #expect(failure.description.contains("port \(first.port)"), "\(failure)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: data + "/journal.qcj")) == journal)
        try host.ok("pause")
        #expect(try HTTPGet.stateFingerprint(port: first.port).hasPrefix("2 "))
    }

    @Test func aKilledServerLeavesNoLockBehind() throws {
        let data = ServerProcess.scratchDirectory("unlocked")
        let first = try ServerProcess(dataDirectory: data)
        #expect(first.stop(SIGKILL) != 0)
        let second = try ServerProcess(dataDirectory: data)
        #expect(try HTTPGet.stateFingerprint(port: second.port).hasPrefix("0 "))
    }
}
