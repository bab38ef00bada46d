import AdminKit
import ContestCore
import ContestProtocol
import ContestServer
import Foundation
import Testing

/// `final report` over real journals: the committed golden final, and a small one played here.
@Suite struct FinalReportTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden/v2")

    static func goldenSource() throws -> ContestSource {
        try ContestSource.load(contest: golden.appendingPathComponent("contest.json").path).get()
    }

    /// A two-team buzz final played through the core and framed by the server's journal writer.
    static func smallFinal() -> (config: ContestConfig, bytes: [UInt8]) {
        var buzz = BuzzRules()
        buzz.falseStartPoints = -5
        buzz.questionCount = 2
        let config = ContestConfig(
            title: "小决赛", seed: 7,
            teams: [
                TeamConfig(id: 1, name: "甲队", unit: "甲镇", players: [PlayerConfig(seat: 1, name: "甲一")]),
                TeamConfig(id: 2, name: "乙队", unit: "乙镇", players: [PlayerConfig(seat: 1, name: "乙一")]),
                TeamConfig(id: 3, name: "丙队", unit: "丙镇"),
            ],
            judges: [], segments: [SegmentConfig(rules: .buzz(buzz))],
            awards: [AwardTier(name: "一等奖", count: 1), AwardTier(name: "二等奖", count: 1)])
        let questions = (1...3).map { Question(id: "Q\($0)", type: .trueFalse, stem: "题\($0)", answer: .truth(true)) }
        var state = ContestState(config: config, bank: questions)
        var records = [JournalRecord.header(JournalReplay.header(for: state, createdAt: 1_000_000))]
        let start: Micros = 1_795_222_800_000_000
        let script: [(Action, Actor, Micros)] = [
            (.startSegment(0), .host, 0), (.showQuestion(id: "Q1"), .host, 1_000_000),
            (.buzz, .team(3, seat: 1), 1_500_000), (.armBuzzers, .host, 2_000_000),
            (.buzz, .team(2, seat: 1), 2_000_950), (.buzz, .team(1, seat: 1), 2_000_700),
            (.rule(.correct), .host, 4_000_000), (.showQuestion(id: "Q2"), .host, 5_000_000),
            (.armBuzzers, .host, 6_000_000), (.buzz, .team(2, seat: 1), 6_100_000),
            (.rule(.correct), .host, 7_000_000), (.correctScore(team: 2, delta: 5, reason: "仲裁组复核"), .host, 8_000_000),
            (.endSegment, .host, 9_000_000), (.finishContest, .host, 10_000_000),
        ]
        for (action, actor, offset) in script {
            let command = Command(action, by: actor, at: start + offset)
            guard case .success(let events) = state.handle(command) else {
                Issue.record("\(action) refused")
                continue
            }
            records.append(.entry(JournalEntry(at: command.at, actor: actor, action: action, events: events)))
        }
        return (config, records.flatMap { JournalRecordFormat.frame(JournalCoding.encode($0)) })
    }

    static func smallReport() throws -> FinalReport {
        let (config, bytes) = smallFinal()
        let questions = (1...3).map { Question(id: "Q\($0)", type: .trueFalse, stem: "题\($0)", answer: .truth(true)) }
        return FinalReport(
            try ContestJournal.replay(bytes, path: "journal.qcj", config: config, questions: questions).get())
    }

    @Test func theSmallFinalGivesItsAwardsScoresAndEveryBuzzWithItsMargin() throws {
        let report = try Self.smallReport()
        #expect(
            report.awards.lines.map { "\($0.name) \($0.total) \($0.award ?? "-")" } == [
                "乙队 15 一等奖", "甲队 10 二等奖", "丙队 -5 -",
            ])
        #expect(report.finished)
        let buzzes = report.audit.filter(\.isBuzz)
        #expect(buzzes.map(\.actor) == ["丙队 1号位", "乙队 1号位", "甲队 1号位", "乙队 1号位"])
        #expect(buzzes.map(\.isFalseStart) == [true, false, false, false])
        #expect(buzzes.map(\.margin) == [nil, nil, 250, nil], "甲 received 0.250 ms before 乙 though it arrived later")
        #expect(buzzes[2].kernelTime == 1_795_222_802_000_700)
        #expect(AuditTrail.milliseconds(250) == "0.250")
        let correction = try #require(report.audit.first { $0.note.contains("仲裁组复核") })
        #expect(correction.action == "更正分数 乙队 +5")
        let scores = String(decoding: FinalReportSheets.scores(report).dropFirst(3), as: UTF8.self)
        #expect(scores.hasPrefix("名次,队伍,单位,抢答题,更正,总分\r\n1,乙队,乙镇,10,5,15\r\n2,甲队,甲镇,10,0,10\r\n"))
        let awards = String(decoding: FinalReportSheets.awards(report).dropFirst(3), as: UTF8.self)
        #expect(awards.contains("1,乙镇,乙队,15,一等奖,乙一\r\n"))
        let audit = String(decoding: FinalReportSheets.audit(report).dropFirst(3), as: UTF8.self)
        #expect(audit.contains(",1795222802000700,0.250,"))
    }

    @Test func theGoldenFinalReportsItsTieBreakAwardsAndUndo() throws {
        let source = try Self.goldenSource()
        let journal = try ContestJournal.read(
            folder: Self.golden.path, config: source.config, questions: source.questions
        ).get()
        let report = FinalReport(journal)
        #expect(report.awards.lines.prefix(4).map { $0.award ?? "" } == ["一等奖", "二等奖", "二等奖", "三等奖"])
        #expect(report.audit.count == 199)
        #expect(report.audit.contains { $0.note == "撤销第 55 条的裁定" })
        #expect(report.audit.contains { $0.margin == 200 })
        let bytes = try Data(contentsOf: Self.golden.appendingPathComponent("journal.qcj"))
        #expect(journal.digest == SHA256.hexDigest(Array(bytes)))
        let page = FinalReportPage.html(report)
        #expect(page.contains(journal.digest) && page.contains("sha256sum journal.qcj"))
    }

    @Test func aDamagedRecordIsNamedByNumberAndOffset() throws {
        var (config, bytes) = Self.smallFinal()
        let second = (Int(bytes[0]) | Int(bytes[1]) << 8) + 8
        bytes[second + 20] ^= 0xFF
        let result = ContestJournal.replay(bytes, path: "j", config: config, questions: [])
        guard case .failure(.damaged(let record, let offset, _)) = result else {
            Issue.record("expected damage, got \(result)")
            return
        }
        #expect(record == 2 && offset == second)
        let message = FinalReportProblem.damaged(record: record, offset: offset, reason: "checksum mismatch").message(
            .chinese)
        #expect(message.contains("第 2 条记录") && message.contains("字节偏移 \(second)"))
    }

    @Test func aTornLastRecordIsLeftOutWithAWarning() throws {
        let (config, bytes) = Self.smallFinal()
        let questions = (1...3).map { Question(id: "Q\($0)", type: .trueFalse, stem: "题\($0)", answer: .truth(true)) }
        let journal = try ContestJournal.replay(
            Array(bytes.dropLast(5)), path: "j", config: config, questions: questions
        ).get()
        #expect(journal.warnings.map(\.code) == ["journal-torn-tail"])
        #expect(FinalReport(journal).warnings.map(\.code) == ["journal-torn-tail", "contest-not-finished"])
    }

    @Test func aMissingFolderOrOtherContestExitsOneWithAMessage() throws {
        let contest = Self.golden.appendingPathComponent("contest.json").path
        let missing = AdminCommand.run(["final", "report", "/nonexistent/data", "--contest", contest], today: today)
        #expect(missing.exitCode == 1)
        #expect(missing.output.contains("数据目录不存在") && missing.output.contains("[missing-folder]"))
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (_, bytes) = Self.smallFinal()
        try Data(bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent("journal.qcj"))
        let noCopy = AdminCommand.run(["final", "report", folder], today: today)
        #expect(noCopy.exitCode == 1 && noCopy.output.hasPrefix(folder + "/contest.json: 错误: "))
        let other = AdminCommand.run(["final", "report", folder, "--contest", contest], today: today)
        #expect(other.exitCode == 1 && other.output.contains("[journal-other-contest]"))
    }

    @Test func theDataFoldersOwnContestCopyIsReadWithoutContest() {
        let outcome = AdminCommand.run(["final", "report", Self.golden.path], today: today)
        #expect(outcome.exitCode == 0)
        #expect(outcome.output.contains("1\t城东队\t107.67\t一等奖\n"))
    }

    @Test func theCommandWritesEveryFileAndLeavesTheDataFolderAlone() throws {
        let contest = Self.golden.appendingPathComponent("contest.json").path
        let before = try FileManager.default.contentsOfDirectory(atPath: Self.golden.path).sorted()
        let out = temporaryFolder()
        let run = AdminCommand.run(
            ["final", "report", Self.golden.path, "--contest", contest, "--out", out], today: today)
        #expect(run.exitCode == 0)
        #expect(run.output.contains("1\t城东队\t107.67\t一等奖"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
                "audit.csv", "awards.csv", "journal.sha256", "scores.csv", "决赛报告.html",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: Self.golden.path).sorted() == before)
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func sha256MatchesTheStandardVectors(message: String, digest: String) {
        #expect(SHA256.hexDigest(Array(message.utf8)) == digest)
    }
}
