import ContestCore
import Foundation
import QuestionBank
import Testing

@testable import AdminKit

struct FinalContestTests {
    /// 10 units of 5; unit n's members score 90 − n − member, so units rank in order and members too.
    static let sheet: String = csv(
        (0..<10).flatMap { unit in
            (0..<5).map { member in
                [
                    "单位\(unit + 1)", "单位\(unit + 1)队员\(member + 1)", personID(unit * 5 + member),
                    "\(90 - unit - member * 11)",
                ]
            }
        }, header: scoreHeader)

    @Test func theWrittenContestFileDecodesWithTheFinalistsAndNoWarnings() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(Self.sheet.utf8).write(to: URL(fileURLWithPath: folder + "/初赛.csv"))

        let outcome = AdminCommand.run(["prelim", "rank", folder + "/初赛.csv", "--out", folder + "/out"], today: today)

        #expect(outcome.exitCode == 0, "\(outcome.output)")
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/final-contest.json"))
        let file = try JSONDecoder().decode(ContestFile.self, from: data)
        #expect(file.warnings.isEmpty)
        #expect(file.config.problems().isEmpty)
        #expect(file.config.teams.map(\.name) == (1...8).map { "单位\($0)" })
        #expect(file.config.teams.map(\.id) == (1...8).map { TeamID($0) })
        #expect(file.config.teams[0].players == (1...3).map { PlayerConfig(seat: $0, name: "单位1队员\($0)") })
        #expect(file.config.segments == FinalContest.demoTemplate.segments)
        #expect(file.config.judges.count == 5)
        #expect(file.config.banks.isEmpty)
        let teams = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/out/teams.csv")), as: UTF8.self)
        #expect(teams.hasPrefix("\u{FEFF}名次,单位,总分,晋级,晋级队员,备注\r\n1,单位1,340,是,单位1队员1、单位1队员2、单位1队员3,\r\n"))
        let individual = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/out/individual.csv")), as: UTF8.self)
        #expect(individual.hasPrefix("\u{FEFF}名次,姓名,单位,身份证号码,笔试成绩,奖项,备注\r\n1,单位1队员1,单位1,320821********"))
    }

    @Test func theOrganisersTemplateGivesSegmentsAndItsBanksBecomeAbsolute() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(Self.sheet.utf8).write(to: URL(fileURLWithPath: folder + "/初赛.csv"))
        let template = """
            {"title": "决赛", "seed": 7, "banks": ["题库/决赛.json"], "judges": [{"number": 1, "name": "裁判甲"}],
             "teams": [], "segments": [{"kind": "buzz", "rules": {"questionCount": 12}}], "awards": [{"name": "一等奖", "count": 2}],
             "colour": "red"}
            """
        try Data(template.utf8).write(to: URL(fileURLWithPath: folder + "/模板.json"))

        let outcome = AdminCommand.run(
            ["prelim", "rank", folder + "/初赛.csv", "--out", folder + "/out", "--final-template", folder + "/模板.json"],
            today: today)

        #expect(outcome.exitCode == 0)
        #expect(outcome.output.contains("colour"))
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/final-contest.json"))
        let config = try JSONDecoder().decode(ContestFile.self, from: data).config
        #expect(config.title == "决赛")
        #expect(config.banks == [URL(fileURLWithPath: folder + "/题库/决赛.json").standardized.path])
        #expect(config.awards == [AwardTier(name: "一等奖", count: 2)])
        #expect(config.teams.count == 8)
    }

    @Test func anUndecidedTieWritesNoContestFileAndExitsOne() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rows = (1...9).map { ["单位\($0)", "选手\($0)", personID($0), $0 >= 8 ? "50" : "\(100 - $0)"] }
        try Data(csv(rows, header: scoreHeader).utf8).write(to: URL(fileURLWithPath: folder + "/初赛.csv"))

        let outcome = AdminCommand.run(["prelim", "rank", folder + "/初赛.csv", "--out", folder + "/out"], today: today)

        #expect(outcome.exitCode == 1)
        #expect(outcome.output.contains("[tie-at-boundary]"))
        #expect(outcome.output.contains("未写出 final-contest.json"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/final-contest.json"))
        let page = try String(contentsOf: URL(fileURLWithPath: folder + "/out/初赛成绩.html"), encoding: .utf8)
        #expect(page.contains("单位第 8 名与第 9 名并列"))
    }
}
