import Foundation
import QuestionBank
import Testing

@testable import AdminKit

/// `ledger rate`, and both ledger commands run whole: the rate's boundary, the target's forms, the files written.
struct LedgerRateTests {
    typealias S = LedgerCheckSupport

    static let other = "埠子镇便民服务中心"

    /// Five clerks at the first centre, four certified (80%); two at the other, one certified (50%).
    static let rows: [[String]] =
        (1...5).map { S.clerk($0, levels: $0 == 5 ? "" : "五级", dates: $0 == 5 ? "" : "2020-06-01") } + [
            S.clerk(6, centre: other, levels: "五级;四级", dates: "2021-03-01;2023-06-01"),
            S.clerk(7, centre: other, hired: "2025-09-01", levels: "", dates: ""),
        ]

    @Test func perCentreAndOverallWithTheBoundary() throws {
        let rate = CertifiedRate.compute(S.roster(Self.rows), on: today, target: 0.8, rules: LedgerRules())
        #expect(rate.centres.map(\.onPost) == [5, 2])
        #expect(rate.centres.map(\.certified) == [4, 1], "a clerk with two certificates counts once")
        #expect(rate.centres.map { $0.reaches(0.8) } == [true, false], "exactly 80% reaches 80%")
        #expect((rate.total.onPost, rate.total.certified) == (7, 5))
        #expect(CertifiedRate.percent(rate.total.rate) == "71.4%")
        #expect(!rate.allReach)
        #expect(rate.total.missing.map(\.clerk.name) == ["办事员5", "办事员7"])
        #expect(rate.total.missing.map(\.monthsOnPost) == [77, 9])
        #expect(rate.total.missing.map(\.isOverdue) == [true, false])
        let half = CertifiedRate.compute(S.roster(Self.rows), on: today, target: 0.5, rules: LedgerRules())
        #expect(half.allReach)
    }

    @Test func theDateDecidesWhoIsOnPostAndCertified() {
        let rows = [
            S.clerk(1, hired: "2020-01-01", dates: "2025-01-01"),
            S.clerk(2, hired: "2025-01-01", dates: "2025-06-01"),
        ]
        let date = CalendarDate(year: 2024, month: 12, day: 31)!
        let rate = CertifiedRate.compute(S.roster(rows), on: date, target: 0.8, rules: LedgerRules())
        #expect((rate.total.onPost, rate.total.certified) == (1, 0))
        let later = CertifiedRate.compute(S.roster(rows), on: today, target: 0.8, rules: LedgerRules())
        #expect((later.total.onPost, later.total.certified) == (2, 2))
    }

    @Test(arguments: [
        ("80%", 0.8), ("0.8", 0.8), ("80", 0.8), ("80 %", 0.8), ("85.5%", 0.855), ("100%", 1.0), ("1", 1.0),
        ("80％", 0.8),
    ])
    func targets(text: String, expected: Double) throws {
        let value = try #require(CertifiedRate.target(text))
        #expect(abs(value - expected) < 1e-12)
    }

    @Test(arguments: ["0", "0%", "120", "101%", "-5", "abc", "", "八成"])
    func targetsRefused(text: String) {
        #expect(CertifiedRate.target(text) == nil)
    }

    @Test(arguments: [(5, 6, "83.3%"), (2, 3, "66.7%"), (1, 1, "100.0%"), (4, 5, "80.0%"), (0, 3, "0.0%")])
    func percents(certified: Int, onPost: Int, expected: String) {
        #expect(CertifiedRate.percent(Double(certified) / Double(onPost)) == expected)
    }

    @Test func rateCommandExitsByTheTargetAndWritesItsFiles() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let roster = folder + "/花名册.csv"
        let first = Array(Self.rows.prefix(5))
        try Data(encode(csv(first, header: S.header), as: "GB18030")).write(to: URL(fileURLWithPath: roster))
        let reached = AdminCommand.run(["ledger", "rate", roster, "--out", folder + "/out"], today: today)
        #expect(reached.exitCode == 0)
        #expect(reached.output.contains("在岗 5 人，持证 4 人，80.0%，达标"))
        let csvText = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/out/rate.csv")), as: UTF8.self)
        #expect(csvText.contains("合计,5,4,80.0%,80.0%,是"))
        let missing = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/out/missing.csv")), as: UTF8.self)
        #expect(missing.contains("耿车镇便民服务中心,办事员5,321302********1054,2020-01-01,77,是"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out/持证率.html"))
        #expect(AdminCommand.run(["ledger", "rate", roster, "--target", "81%"], today: today).exitCode == 1)
        #expect(AdminCommand.run(["ledger", "rate", roster, "--target", "八成"], today: today).exitCode == 2)
        #expect(AdminCommand.run(["ledger", "rate", roster, "--on", "明天"], today: today).exitCode == 2)
    }

    @Test func checkCommandReadsAGB18030RosterAndWritesItsFiles() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let roster = folder + "/花名册.csv"
        try Data(encode(csv(Self.rows, header: S.header), as: "GB18030")).write(to: URL(fileURLWithPath: roster))
        let outcome = AdminCommand.run(["ledger", "check", roster, "--out", folder + "/out"], today: today)
        #expect(outcome.exitCode == 1)
        #expect(outcome.output.contains("[certificate-overdue]"))
        #expect(outcome.output.contains("[certificate-due]"))
        #expect(outcome.output.contains("未给中心表（--centres），窗口配备未检查。"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/out/ledger-check.csv"))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text.hasPrefix("\u{FEFF}行,中心,姓名,身份证号码,问题\r\n6,耿车镇便民服务中心,办事员5,321302********1054,错误："))
        let html = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/out/台账检查.html")), as: UTF8.self)
        #expect(html.contains("<td>埠子镇便民服务中心</td><td class=\"number\">2</td><td class=\"number\">1</td>"))
        let clean = AdminCommand.run(["ledger", "check", roster, "--rules", folder + "/none.json"], today: today)
        #expect(clean.exitCode == 2)
    }
}
