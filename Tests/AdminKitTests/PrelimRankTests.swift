import ContestCore
import Foundation
import QuestionBank
import Testing

@testable import AdminKit

struct PrelimRankTests {
    /// Units 甲…壬 of one member each, so the unit totals are the members' scores.
    static func units(_ totals: [Int]) -> [(String, String, String)] {
        totals.enumerated().map { ("单位\($0.offset + 1)", "选手\($0.offset + 1)", "\($0.element)") }
    }

    @Test func aTieAtTheEighthAndNinthUnitIsReportedAndNoFinalIsMade() {
        let report = prelim(Self.units([90, 89, 88, 87, 86, 85, 84, 80, 80, 70]))

        let ties = report.diagnostics.filter { if case .tie(.units, _, _, _, _) = $0.problem { true } else { false } }
        #expect(ties.count == 1)
        #expect(ties.first?.message().hasPrefix("单位第 8 名与第 9 名并列（总分 80）：单位8、单位9，跨越晋级与未晋级的分界") == true)
        #expect(
            report.units.lines.map { report.advancement($0) } == ["是", "是", "是", "是", "是", "是", "是", "待定", "待定", "否"])
        #expect(report.finalists == nil)
    }

    @Test func aTieAtTheThirdAndFourthPlayerOfAnAdvancingUnitIsReported() {
        let rows =
            [90, 80, 70, 70, 60].enumerated().map { ("城东社区", "队员\($0.offset + 1)", "\($0.element)") }
            + [("城西街道", "甲", "50")]

        let report = prelim(rows)

        let ties = report.diagnostics.filter {
            if case .tie(.players(unit: "城东社区"), 3...4, ["队员3", "队员4"], _, _) = $0.problem { true } else { false }
        }
        #expect(ties.count == 1)
        #expect(ties.first?.message().hasPrefix("「城东社区」队内第 3 名与第 4 名并列（70 分）") == true)
        #expect(report.finalPlayers(of: "城东社区").map(\.name) == ["队员1", "队员2"])
        #expect(report.finalists == nil)
    }

    @Test func aTieBreakFileOrdersTheTieAndIsRecorded() {
        let rows =
            [90, 80, 70, 70, 60].enumerated().map { ("城东社区", "队员\($0.offset + 1)", "\($0.element)") }
            + [("城西街道", "甲", "50")]
        let decisions = "组,身份证号码,姓名,单位,说明\n1,,队员4,城东社区,加赛决定\n1,\(personID(2)),,,\n"

        let report = prelim(rows, decisions: decisions)

        #expect(rankCodes(report.diagnostics).filter { $0 != "tie-at-boundary" } == [])
        #expect(report.finalPlayers(of: "城东社区").map(\.name) == ["队员1", "队员2", "队员4"])
        #expect(report.finalists?.map(\.unit) == ["城东社区", "城西街道"])
        #expect(report.decisions.map { $0.note(true) } == ["并列经组委会决定：队员4（城东社区）、\(personID(2))；加赛决定"])
    }

    @Test(arguments: [
        ("组,姓名,单位\n1,选手3,单位3\n1,选手4,单位4\n", "tie-break-not-tied"),
        ("组,姓名,单位\n1,选手2,单位2\n", "tie-break-incomplete"),
        ("组,姓名,单位\n1,无名氏,单位2\n1,选手1,单位1\n", "tie-break-unknown"),
        ("组,姓名,单位\n1,,\n", "tie-break-empty-row"),
        ("姓名,单位\n选手2,单位2\n", "no-header"),
    ])
    func aTieBreakFileThatDoesNotFitIsAnError(file: String, code: String) {
        let rules = {
            var rules = PrelimRankRules(); rules.advancingTeams = 0; return rules
        }()
        let rows = [("单位1", "选手1", "99"), ("单位2", "选手2", "99"), ("单位3", "选手3", "95"), ("单位4", "选手4", "95")]

        let report = prelim(rows, rules: rules, decisions: file)

        #expect(rankCodes(report.diagnostics).contains(code))
        #expect(report.hasErrors)
    }

    @Test func badCellsAreReportedAtTheirCellAndDuplicatesByID() {
        let text = csv(
            [
                ["城东", "甲", personID(1), "八十"], ["城东", "乙", personID(1), "80"], ["城东", "", personID(3), "80"],
            ], header: scoreHeader)
        let report = PrelimRank.run(
            TableReader.read(Array(text.utf8), file: "成绩.csv"), file: "成绩.csv", rules: PrelimRankRules())

        #expect(
            report.diagnostics.map { $0.formatted() } == [
                "成绩.csv:2:25: 错误: 「笔试成绩」应为不小于 0 的数，最多两位小数（如 87.5），写的是「八十」 [bad-score]",
                "成绩.csv:3:6: 错误: 身份证号码与第 2 行重复 [duplicate-id]",
                "成绩.csv:4:4: 错误: 「姓名」没有填 [missing-value]",
            ])
        #expect(report.finalists == nil)
    }

    @Test func aMissingColumnAndAnEmptyFileAreReportedNotCrashed() {
        let missing = PrelimRank.run(
            TableReader.read(Array("单位,姓名,笔试成绩\n城东,甲,80\n".utf8), file: "a.csv"), file: "a.csv",
            rules: PrelimRankRules())
        #expect(rankCodes(missing.diagnostics) == ["missing-column"])
        let empty = PrelimRank.run(TableReader.read([], file: "b.csv"), file: "b.csv", rules: PrelimRankRules())
        #expect(empty.individuals.lines.isEmpty)
        let headerOnly = PrelimRank.run(
            TableReader.read(Array(csv([], header: scoreHeader).utf8), file: "c.csv"), file: "c.csv",
            rules: PrelimRankRules())
        #expect(headerOnly.individuals.lines.isEmpty)
    }
}
