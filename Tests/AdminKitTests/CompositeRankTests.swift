import ContestCore
import QuestionBank
import Testing

@testable import AdminKit

let compositeHeader = ["姓名", "单位", "身份证号码", "理论成绩", "实操成绩", "答题用时", "技术等级", "取证时间"]

/// `composite rank` on rows of (name, theory, practical, time, level, date), IDs from the row number.
func composite(
    _ rows: [(String, String, String, String, String, String)], header: [String] = compositeHeader,
    decisions: String? = nil
) -> CompositeReport {
    let text = csv(
        rows.enumerated().map { offset, row in
            [row.0, "单位\(offset % 3)", personID(offset), row.1, row.2, row.3, row.4, row.5]
        }, header: header)
    let read = decisions.map { TieBreakFile.read(TableReader.read(Array($0.utf8), file: "并列.csv"), file: "并列.csv") }
    var report = CompositeRank.run(
        TableReader.read(Array(text.utf8), file: "成绩.csv"), file: "成绩.csv", rules: CompositeRules(), today: today,
        decisions: read?.decisions ?? [], decisionFile: "并列.csv")
    report.diagnostics = (read?.diagnostics ?? []) + report.diagnostics
    return report
}

struct CompositeRankTests {
    @Test func theTotalIsHalfAndHalfWithPrizesTitlesAndMoney() {
        let rows = (0..<8).map { ("选手\($0 + 1)", "\(95 - $0)", "\(90 - $0).5", "600", "", "") }

        let report = composite(rows)

        #expect(report.diagnostics.isEmpty)
        #expect(
            report.ranking.lines.map(\.item.total.twoDecimals)
                == (0..<8).map { Score(hundredths: 9275 - $0 * 100).twoDecimals })
        #expect(report.ranking.lines.map { $0.tiers[0] ?? "" } == ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "", ""])
        #expect(
            report.ranking.lines.map { $0.tiers[1] ?? "" } == ["创新能手", "创新能手", "创新能手", "技术能手", "技术能手", "技术能手", "", ""])
        #expect(report.ranking.lines.map { report.amount($0.tiers[0]) } == [1000, 800, 800, 500, 500, 500, nil, nil])
    }

    /// Equal totals at the 2nd/3rd boundary: theory decides, then the shorter time; all equal is a tie.
    @Test(arguments: [
        ("90", "78", "600", "88", "80", "600", ["甲", "乙"], false),
        ("84", "84", "601", "84", "84", "600", ["乙", "甲"], false),
        ("84", "84", "10:00", "84", "84", "600", [], true),
    ])
    func equalTotalsAreBrokenByTheoryThenTime(
        theoryA: String, practicalA: String, timeA: String, theoryB: String, practicalB: String, timeB: String,
        order: [String], reported: Bool
    ) {
        let rows = [
            ("一", "99", "99", "600", "", ""), ("二", "95", "95", "600", "", ""),
            ("甲", theoryA, practicalA, timeA, "", ""),
            ("乙", theoryB, practicalB, timeB, "", ""), ("丙", "60", "60", "600", "", ""),
        ]

        let report = composite(rows)

        #expect(rankCodes(report.diagnostics) == (reported ? ["tie-at-boundary"] : []))
        let names = report.ranking.lines.map(\.item.name)
        if reported {
            #expect(report.ranking.lines.map(\.rank) == [1, 2, 3, 3, 5])
            #expect(report.diagnostics[0].message().contains("跨越二等奖与三等奖、创新能手与技术能手的分界"))
            #expect(report.ranking.lines[2].tiers == [nil, nil])
        } else {
            #expect(Array(names[2...3]) == order)
            #expect(report.ranking.lines.map(\.rank) == [1, 2, 3, 4, 5])
            #expect(report.ranking.lines[3].tiers == ["三等奖", "技术能手"])
        }
    }

    @Test func aFullTieIsSettledByTheTieBreakFile() {
        let rows = [
            ("一", "99", "99", "600", "", ""), ("二", "95", "95", "600", "", ""), ("甲", "84", "84", "600", "", ""),
            ("乙", "84", "84", "10:00", "", ""),
        ]

        let report = composite(rows, decisions: "组,姓名,单位,说明\n1,乙,单位0,组委会抽签\n1,甲,单位2,\n")

        #expect(report.diagnostics.isEmpty)
        #expect(report.ranking.lines.map(\.item.name) == ["一", "二", "乙", "甲"])
        #expect(report.ranking.lines[2].decision?.note(true) == "并列经组委会决定：乙（单位0）、甲（单位2）；组委会抽签")
    }

    @Test(arguments: [
        ("754", 754), ("12:34", 754), ("1:02:03", 3723), ("754秒", 754), (" 12:34 ", 754), ("0:05", 5),
        ("12:60", nil), ("12:3", nil), ("12分34秒", nil), ("abc", nil), ("", nil), ("1:2:3", nil), ("-5", nil),
    ])
    func answeringTimesAreReadStrictly(text: String, seconds: Int?) {
        #expect(AnsweringTime.seconds(text) == seconds)
    }

    /// Today is 2026-06-01: the look-back of 4 years reaches 2022-06.
    @Test(arguments: [
        ("80", "80", "四级/中级工", "2023-05", false),
        ("80", "80", "四级", "2022.06", false),
        ("80", "80", "中级工", "2021-05", true),
        ("80", "80", "三级/高级工", "2020-01", true),
        ("80", "80", "高级工", "2024-01", false),
        ("80", "80", "五级/初级工", "2025-03", true),
        ("80", "80", "无", "", true),
        ("59.5", "80", "", "", false),
        ("80", "59", "", "", false),
    ])
    func theCertificateGoesToThoseWhoPassedAndHoldNoRecentOne(
        theory: String, practical: String, level: String, date: String, issued: Bool
    ) {
        let report = composite([("甲", theory, practical, "600", level, date), ("乙", "70", "70", "600", "", "")])

        #expect(report.diagnostics.isEmpty)
        #expect(report.ranking.lines.first { $0.item.name == "甲" }?.item.certificate.issued == issued)
    }

    @Test func anIneligibleOrUnclearCertificateIsNotIssuedAndTheCellIsNamed() {
        let header = compositeHeader + ["资格审核"]
        let text = csv(
            [
                ["甲", "城东", personID(1), "80", "80", "600", "", "", "不符合"],
                ["乙", "城东", personID(2), "79", "80", "600", "四级", "", ""],
                ["丙", "城东", personID(3), "80", "80", "九分钟", "", "", "也许"],
            ], header: header)
        let report = CompositeRank.run(
            TableReader.read(Array(text.utf8), file: "成绩.csv"), file: "成绩.csv", rules: CompositeRules(), today: today)

        #expect(rankCodes(report.diagnostics) == ["certificate-date-missing", "bad-time", "unknown-eligibility"])
        #expect(report.ranking.lines.map(\.item.certificate.issued) == [false, false])
        #expect(report.ranking.lines.map { $0.item.certificate.text(true) } == ["资格审核不符合", "持证情况不明"])
    }

    @Test func aGB18030SheetIsRead() {
        let text = csv(
            [["王小明", "城东社区", personID(1), "87.5", "90", "12:34", "", ""]], header: compositeHeader)
        let report = CompositeRank.run(
            TableReader.read(encode(text, as: "GB18030"), file: "成绩.csv"), file: "成绩.csv", rules: CompositeRules(),
            today: today)

        #expect(report.diagnostics.isEmpty)
        #expect(report.ranking.lines.map(\.item.name) == ["王小明"])
        #expect(report.ranking.lines.first?.item.total.twoDecimals == "88.75")
    }
}
