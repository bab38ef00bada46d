import ContestCore
import ExamCore
import Foundation
import Testing

@testable import AdminKit

struct ExamSlipsTests {
    /// Three invented candidates, listed out of admission-number order, one name typed with markup in it.
    static let roster = [
        ExamCandidate(candidate: "2026120003", name: "张伟", unit: "南湖镇便民服务中心"),
        ExamCandidate(candidate: "2026120001", name: "王<小>明", unit: "城东镇便民服务中心"),
        ExamCandidate(candidate: "2026120002", name: "李静", unit: "城西镇便民服务中心"),
    ]

    static let tokens = ExamTokens(
        candidates: [
            .init(candidate: "2026120001", name: "王<小>明", token: "ABCDEFGHJK"),
            .init(candidate: "2026120002", name: "李静", token: "MNPQRSTUVW"),
            .init(candidate: "2026120003", name: "张伟", token: "XYZ2345678"),
        ],
        proctors: [.init(proctor: 1, name: "监考 1", token: "PPPPPPPPPP")])

    static func examText(roster: [ExamCandidate] = roster, extra: String = "") -> String {
        let lines = roster.map { #"{"candidate": "\#($0.candidate)", "name": "\#($0.name)", "unit": "\#($0.unit)"}"# }
        return """
            {"title": "2026 年窗口办事员技能竞赛初赛", "start": "2026-12-10T09:00:00+08:00", "durationMinutes": 90,
             "lateEntryMinutes": 20, \(extra)"candidates": [\(lines.joined(separator: ", "))]}
            """
    }

    /// A folder with `考试.json` and `tokens.json`; returns the folder and both paths.
    static func setUp(exam: String = examText(), tokens: ExamTokens = tokens) throws -> (String, String, String) {
        let folder = temporaryFolder()
        let examPath = folder + "/考试.json"
        let tokensPath = folder + "/tokens.json"
        try Data(exam.utf8).write(to: URL(fileURLWithPath: examPath))
        try Data(tokens.encoded()).write(to: URL(fileURLWithPath: tokensPath))
        return (folder, examPath, tokensPath)
    }

    static func slips(_ folder: String, _ exam: String, _ tokens: String, _ more: [String] = []) -> AdminCommand.Outcome
    {
        AdminCommand.run(
            [
                "exam", "slips", exam, "--tokens", tokens, "--url", "http://192.168.1.10:7700/exam", "--out",
                folder + "/out",
            ]
                + more, today: today)
    }

    /// The problem codes `AdmissionSlips` finds for two files on disk, read as the command reads them.
    static func codes(_ examPath: String, _ tokensPath: String) -> [String] {
        guard let examBytes = FileManager.default.contents(atPath: examPath),
            case .success(let exam) = ExamFile.decode([UInt8](examBytes), file: examPath),
            let tokenBytes = FileManager.default.contents(atPath: tokensPath),
            let tokens = ExamTokens.decode([UInt8](tokenBytes))
        else { return ["unreadable"] }
        let slips = AdmissionSlips(
            exam: exam, examFile: examPath, tokens: tokens, tokensFile: tokensPath, paper: nil, paperFile: "",
            url: "http://x")
        return slips.diagnostics.map(\.problem.code)
    }

    @Test func threeCandidatesGetThreePagesInAdmissionOrderWithTheirTokensInFours() throws {
        let (folder, exam, tokens) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let outcome = Self.slips(folder, exam, tokens)

        #expect(outcome.exitCode == 0)
        #expect(outcome.output == "\(folder)/out：3 张准考证，0 个错误，0 个警告；已写出 准考证.html、准考证.csv、签到表.html\n")
        let html = try String(contentsOfFile: folder + "/out/准考证.html", encoding: .utf8)
        #expect(html.components(separatedBy: "<section class=\"slip\">").count - 1 == 3)
        #expect(html.contains("page-break-after: always"))
        #expect(html.contains("<td class=\"large token\">ABCD EFGH JK</td>"))
        #expect(html.contains("<td class=\"large token\">XYZ2 3456 78</td>"))
        #expect(html.contains("王&lt;小&gt;明") && !html.contains("王<小>明"))
        #expect(html.contains("2026 年 12 月 10 日 09:00–10:30（北京时间），共 90 分钟"))
        #expect(html.contains("开考 20 分钟后不得入场。"))
        #expect(html.contains("<td class=\"url\">http://192.168.1.10:7700/exam</td>"))
        let order = ["2026120001", "2026120002", "2026120003"].compactMap { html.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())

        let csv = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/准考证.csv"))
        #expect(
            [UInt8](csv)
                == [0xEF, 0xBB, 0xBF]
                + Array(
                    ("准考证号,姓名,单位,登录口令\r\n2026120001,王<小>明,城东镇便民服务中心,ABCDEFGHJK\r\n"
                        + "2026120002,李静,城西镇便民服务中心,MNPQRSTUVW\r\n2026120003,张伟,南湖镇便民服务中心,XYZ2345678\r\n").utf8))

        let sheet = try String(contentsOfFile: folder + "/out/签到表.html", encoding: .utf8)
        #expect(sheet.contains("<thead><tr><th>序号</th><th>准考证号</th><th>姓名</th><th>单位</th><th>签名</th><th>备注</th>"))
        #expect(sheet.contains("<tr><td class=\"number\">1</td><td class=\"id\">2026120001</td><td>王&lt;小&gt;明</td>"))
        #expect(sheet.contains("<tr><td class=\"number\">3</td><td class=\"id\">2026120003</td><td>张伟</td>"))
        #expect(sheet.contains("应到 3 人，实到"))
    }

    @Test func aCandidateWithoutATokenStopsThePrintNamingTheAdmissionNumber() throws {
        var tokens = Self.tokens
        tokens.candidates.removeLast()
        let (folder, exam, tokensPath) = try Self.setUp(tokens: tokens)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let outcome = Self.slips(folder, exam, tokensPath)

        #expect(outcome.exitCode == 1)
        #expect(
            outcome.output == """
                \(exam): 错误: 准考证号 2026120003（张伟）在口令文件中没有口令：请用本场考试的 tokens.json，或先以这份考试文件启动一次 quiz-server --exam [missing-token]
                \(exam)：1 个错误，0 个警告；未打印准考证

                """)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func aTokenForNobodyIsAWarningAndTheSlipsAreStillPrinted() throws {
        var tokens = Self.tokens
        tokens.candidates.append(.init(candidate: "2026129999", name: "赵敏", token: "QQQQQQQQQQ"))
        let (folder, exam, tokensPath) = try Self.setUp(tokens: tokens)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let outcome = Self.slips(folder, exam, tokensPath, ["--lang", "en"])

        #expect(outcome.exitCode == 0)
        #expect(
            outcome.output == """
                \(tokensPath): warning: tokens file candidates[3]: admission number 2026129999 is not on the exam's roster; not printed [stray-token]
                \(folder)/out: 3 slips, 0 errors, 1 warning; wrote 准考证.html, 准考证.csv, 签到表.html

                """)
        let html = try String(contentsOfFile: folder + "/out/准考证.html", encoding: .utf8)
        #expect(!html.contains("QQQQ") && html.contains("Nobody may enter later than 20 minutes after the start."))
    }

    @Test func aRepeatedAdmissionNumberAndADifferentNameAreCaught() throws {
        var tokens = Self.tokens
        tokens.candidates[1].name = "李晶"
        tokens.candidates.append(.init(candidate: "2026120001", name: "王小明", token: "QQQQQQQQQQ"))
        let (folder, exam, tokensPath) = try Self.setUp(tokens: tokens)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let codes = Self.codes(exam, tokensPath)

        #expect(codes == ["name-differs", "repeated-token"])
        #expect(Self.slips(folder, exam, tokensPath).exitCode == 1)
    }

    @Test func unreadableFilesAreErrorsNamingThePath() throws {
        let (folder, exam, tokens) = try Self.setUp()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let missing = folder + "/无此文件.json"
        let notTokens = folder + "/not-tokens.json"
        try Data("[1, 2]".utf8).write(to: URL(fileURLWithPath: notTokens))

        let noExam = Self.slips(folder, missing, tokens)
        let noTokens = Self.slips(folder, exam, missing)
        let wrongTokens = Self.slips(folder, exam, notTokens)

        #expect(noExam.exitCode == 1 && noExam.output == "\(missing): 错误: 无法读取这个文件：请检查路径 [unreadable-file]\n")
        #expect(noTokens.exitCode == 1 && noTokens.output.hasPrefix("\(missing): 错误: 无法读取这个文件"))
        #expect(wrongTokens.exitCode == 1 && wrongTokens.output.hasPrefix("\(notTokens): 错误: 不是 quiz-server --exam"))
    }

    @Test func aBrokenExamFileIsReportedInTheExamFilesWords() throws {
        let (folder, exam, tokens) = try Self.setUp(exam: Self.examText(roster: []))
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let outcome = Self.slips(folder, exam, tokens)

        #expect(outcome.exitCode == 1)
        #expect(outcome.output.contains("「candidates」没有考生"))
    }

    @Test func withoutAStartAURLOrAReadablePaperTheSlipsLeaveThoseToTheHall() throws {
        let text = Self.examText().replacingOccurrences(
            of: #""title": "2026 年窗口办事员技能竞赛初赛", "start": "2026-12-10T09:00:00+08:00", "durationMinutes": 90,"#, with: ""
        )
        let (folder, exam, tokens) = try Self.setUp(exam: text)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let outcome = AdminCommand.run(
            ["exam", "slips", exam, "--tokens", tokens, "--out", folder + "/out"], today: today)

        #expect(outcome.exitCode == 0)
        #expect(
            outcome.output.components(separatedBy: "\n").filter { $0.hasSuffix("]") }.compactMap {
                $0.split(separator: "[").last
            }
                == ["paper-unreadable]", "no-start]", "no-url]"])
        #expect(outcome.output.contains("无法读取试卷文件 \(folder)/paper.json"))
        let html = try String(contentsOfFile: folder + "/out/准考证.html", encoding: .utf8)
        #expect(html.contains("<td>以考场通知为准</td>") && html.contains("<td class=\"url\"></td>"))
        #expect(!html.contains("<p class=\"exam\">"))
    }

    @Test(arguments: [
        (["exam", "slips", "考试.json"], "缺少 --tokens"),
        (["exam", "slips", "考试.json", "--tokens", "t.json", "--url", "192.168.1.10:7700"], "--url 应以 http://"),
        (["exam", "slips", "--tokens", "t.json"], "缺少考试文件"),
    ])
    func usageErrorsExitWithTwo(arguments: [String], message: String) {
        let outcome = AdminCommand.run(arguments, today: today)
        #expect(outcome.exitCode == 2)
        #expect(outcome.errorOutput.hasPrefix(message))
    }

    @Test(arguments: [
        ("ABCDEFGHJK", "ABCD EFGH JK"), ("ABCD", "ABCD"), ("ABCDE", "ABCD E"), ("ABCDEFGH", "ABCD EFGH"), ("", ""),
    ])
    func tokensAreGroupedInFours(token: String, grouped: String) {
        #expect(AdmissionSlip.grouped(token) == grouped)
    }

    @Test(arguments: [
        ("2026-12-10T09:00:00+08:00", "2026-12-10 09:00:00"),
        ("2026-12-09T16:30:05Z", "2026-12-10 00:30:05"),
        ("2026-12-31T23:59:59+08:00", "2026-12-31 23:59:59"),
        ("1969-12-31T15:00:00Z", "1969-12-31 23:00:00"),
    ])
    func instantsPrintInBeijingTime(instant: String, printed: String) throws {
        #expect(BeijingTime.stamp(try #require(ExamTime.parse(instant))) == printed)
    }
}
