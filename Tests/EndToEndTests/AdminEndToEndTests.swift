import Foundation
import Testing

/// The competition around the final through the real binaries: the entry list checked, the written
/// paper drawn, the scores ranked into a contest file, that final played on the real server over
/// NDJSON and WebSocket, and its report read back from the data folder alone.
@Suite(.serialized) struct AdminEndToEndTests {
    static let units = ["城东社区", "城西街道", "南湖镇", "北岭镇", "青石乡", "白沙镇", "临河街道", "枫桥镇", "东湖村", "西山乡"]

    /// An invented resident ID: 17 digits and their ISO 7064 MOD 11-2 check character.
    static func residentID(_ digits: String) -> String {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(digits.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return digits + String(Array("10X98765432")[sum % 11])
    }

    /// `quiz-admin` with `arguments`, run from the package root; its exit status and standard output.
    static func admin(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ServerProcess.binary).deletingLastPathComponent()
            .appendingPathComponent("quiz-admin")
        process.currentDirectoryURL = URL(fileURLWithPath: ServerProcess.packageRoot)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// The rows of a CSV the tool wrote, byte-order mark and CRLF removed, split on commas (no quotes in these).
    static func rows(_ path: String) throws -> [[String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func registrationPaperScoresRankFinalAndReport() throws {
        let folder = ServerProcess.scratchDirectory("admin")

        // 报名: 10 units of 5, two of each from the front line, valid under the 江阴 rules.
        var entries = ["单位,姓名,性别,出生年月,身份证号码,联系电话,人员类别"]
        var scores = ["单位,姓名,身份证号码,笔试成绩"]
        for (u, unit) in Self.units.enumerated() {
            for member in 0..<5 {
                let sequence = 100 + u * 10 + member
                let id = Self.residentID("32082119900501\(sequence)")
                let category = member == 0 ? "村社区" : member == 1 ? "窗口前台" : "其他"
                let name = "\(unit.prefix(2))\(member + 1)号"
                entries.append(
                    "\(unit),\(name),\(sequence % 2 == 1 ? "男" : "女"),1990.05,\(id),139123\(45000 + sequence),\(category)"
                )
                // Unit u's members score 99 − 5u − member: every score, and so every unit's total, distinct.
                scores.append("\(unit),\(name),\(id),\(99 - 5 * u - member)")
            }
        }
        try entries.joined(separator: "\r\n").write(toFile: folder + "/报名表.csv", atomically: true, encoding: .utf8)
        let registration = try Self.admin([
            "registration", "check", folder + "/报名表.csv", "--rules", "jiangyin", "--out", folder + "/报名",
        ])
        #expect(registration.status == 0, "\(registration.output)")
        #expect(registration.output.hasSuffix("50 人，10 个单位；0 个错误，0 个警告\n"))

        // 初赛试卷: drawn from the demo bank, the same seed giving the same paper.
        try
            #"{"title": "端到端初赛", "timeLimitMinutes": 30, "sections": [{"type": "单选题", "count": 5, "points": 2}, {"type": "判断题", "count": 5, "points": 2}]}"#
            .write(toFile: folder + "/蓝图.json", atomically: true, encoding: .utf8)
        for out in ["试卷", "试卷2"] {
            let paper = try Self.admin([
                "prelim", "paper", folder + "/蓝图.json", "--bank", "question-banks/demo.json", "--seed", "7", "--out",
                folder + "/" + out,
            ])
            #expect(paper.status == 0, "\(paper.output)")
        }
        let paper = try Data(contentsOf: URL(fileURLWithPath: folder + "/试卷/paper.json"))
        #expect(paper == (try Data(contentsOf: URL(fileURLWithPath: folder + "/试卷2/paper.json"))))
        let sections =
            (try JSONSerialization.jsonObject(with: paper) as? [String: Any])?["sections"] as? [[String: Any]]
        #expect(sections?.map { ($0["questions"] as? [Any])?.count ?? 0 } == [5, 5])

        // 初赛排名: the 8 best units advance with their 3 best players.
        try scores.joined(separator: "\r\n").write(toFile: folder + "/成绩.csv", atomically: true, encoding: .utf8)
        let rank = try Self.admin(["prelim", "rank", folder + "/成绩.csv", "--out", folder + "/初赛"])
        #expect(rank.status == 0, "\(rank.output)")
        let teams = try Self.rows(folder + "/初赛/teams.csv")
        #expect(teams.dropFirst().filter { $0[3] == "是" }.map { $0[1] } == Array(Self.units.prefix(8)))

        // 决赛: the written contest file on the real server; team k answers k buzz questions right.
        let hall = try Hall(screens: 1, contestFile: folder + "/初赛/final-contest.json")
        try hall.host.ok("startSegment", ["segment": 1])
        var buzzes = 0
        for team in [5, 5, 5, 2, 2, 7] {
            try hall.host.ok("showQuestion")
            try hall.host.ok("armBuzzers")
            try hall.team(team).ok("buzz")
            buzzes += 1
            try hall.judges[0].ok("rule", ["verdict": "correct"])
        }
        try hall.host.ok("showQuestion")
        try hall.team(3).ok("buzz")  // before the buzzers are armed: a false start, −5
        buzzes += 1
        try hall.host.ok("skip")
        try hall.host.ok("endSegment")
        for (team, delta) in [(1, 3), (4, 2), (6, 1), (8, -1)] {
            try hall.host.ok("correctScore", ["team": team, "delta": delta, "reason": "仲裁组复核第\(team)队"])
        }
        try hall.host.ok("finishContest")
        let data = hall.server.dataDirectory
        hall.server.stop(SIGTERM)

        // 决赛报告: from the data folder alone, prize winners as played, every buzz in the record.
        let report = try Self.admin(["final", "report", data, "--out", folder + "/决赛"])
        #expect(report.status == 0, "\(report.output)")
        let awards = try Self.rows(folder + "/决赛/awards.csv")
        let finalists = Array(Self.units.prefix(8))
        let expected = [
            (finalists[4], "一等奖"), (finalists[1], "二等奖"), (finalists[6], "二等奖"), (finalists[0], "三等奖"),
            (finalists[3], "三等奖"), (finalists[5], "三等奖"), (finalists[7], "三等奖"), (finalists[2], "三等奖"),
        ]
        let header = awards.first ?? []
        let unitColumn = header.firstIndex(of: "单位") ?? 0
        let awardColumn = header.firstIndex(of: "奖项") ?? 0
        #expect(awards.dropFirst().map { ($0[unitColumn], $0[awardColumn]) }.elementsEqual(expected, by: ==))
        let audit = try Self.rows(folder + "/决赛/audit.csv")
        let action = audit.first?.firstIndex(of: "操作") ?? 0
        #expect(audit.dropFirst().filter { $0[action] == "抢答" }.count == buzzes, "\(audit)")
        let html = try String(contentsOfFile: folder + "/决赛/决赛报告.html", encoding: .utf8)
        #expect(html.contains("仲裁组复核第8队"))
    }
}
