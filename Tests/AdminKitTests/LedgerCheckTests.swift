import QuestionBank
import Testing

@testable import AdminKit

/// `ledger check`: the hiring conditions at their boundaries, the monthly 好 quota, staffing.
struct LedgerCheckTests {
    typealias S = LedgerCheckSupport

    static let hiring: [(String, [String], [String])] = [
        ("34 years and 364 days on the hiring day", S.clerk(1, born: "19900501", hired: "2025-04-30"), []),
        ("exactly 35 on the hiring day", S.clerk(1, born: "19900501", hired: "2025-05-01"), ["hiring-age"]),
        ("高中", S.clerk(1, education: "高中"), ["hiring-education"]),
        ("中专", S.clerk(1, education: "中专"), ["hiring-education"]),
        ("大专", S.clerk(1, education: "大专"), []),
        ("本科", S.clerk(1, education: "本科"), []),
        ("no diploma written passes by", S.clerk(1, education: ""), []),
        (
            "exactly 12 months on post, no certificate", S.clerk(1, hired: "2025-06-01", levels: "", dates: ""),
            ["certificate-due"]
        ),
        (
            "12 months and a day, no certificate", S.clerk(1, hired: "2025-05-31", levels: "", dates: ""),
            ["certificate-overdue"]
        ),
        ("a certificate from before hiring", S.clerk(1, hired: "2025-01-01", dates: "2019-03-01"), []),
        ("a certificate after the deadline still counts now", S.clerk(1, hired: "2024-01-01", dates: "2026-01-01"), []),
    ]

    @Test(arguments: hiring)
    func hiringConditions(label: String, row: [String], expected: [String]) {
        #expect(S.codes([row]) == expected, "\(label)")
    }

    @Test func theDueWarningNamesItsDeadline() throws {
        let roster = S.roster([S.clerk(1, hired: "2026-03-01", levels: "", dates: "")])
        let report = LedgerCheck.run(roster, centres: nil, rules: LedgerRules(), today: today)
        let entry = try #require(report.entries.first)
        #expect(
            entry.diagnostic.formatted() == "花名册.csv:2:1: 警告: 证书到期提醒：须在 2027-03-01 前取得五级/初级工及以上证书 [certificate-due]")
        #expect(entry.diagnostic.message(.english).hasPrefix("certificate due by 2027-03-01"))
        #expect(!report.hasErrors)
    }

    @Test(arguments: [
        ("2024-08-31", 6, "2025-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2025-06-01", 12, "2026-06-01"),
        ("2025-11-15", 3, "2026-02-15"),
    ])
    func deadlines(hired: String, months: Int, expected: String) throws {
        let date = try #require(CalendarDate(written: hired))
        #expect(HiringCheck.deadline(hired: date, months: months).description == expected)
    }

    @Test func ageAndDiplomaApplyFromTheRulesDate() {
        var rules = LedgerRules()
        rules.hiringRulesFrom = "2024-01-01"
        let before = S.clerk(1, born: "19800101", hired: "2023-12-31", education: "高中")
        let from = S.clerk(2, born: "19800101", hired: "2024-01-01", education: "高中")
        #expect(S.codes([before, from], rules: rules) == ["hiring-age", "hiring-education"])
        #expect(S.codes([before], rules: LedgerRules()) == ["hiring-age", "hiring-education"])
    }

    static let quotas: [(Int, GoodQuota.Rounding, Int)] = [
        (1, .round, 0), (2, .round, 0), (3, .round, 1), (4, .round, 1), (5, .round, 1), (7, .round, 1), (10, .round, 2),
        (1, .floor, 0), (2, .floor, 0), (3, .floor, 0), (4, .floor, 0), (5, .floor, 1), (7, .floor, 1), (10, .floor, 2),
        (1, .ceil, 1), (2, .ceil, 1), (3, .ceil, 1), (4, .ceil, 1), (5, .ceil, 1), (7, .ceil, 2), (10, .ceil, 2),
        (15, .ceil, 3), (15, .round, 3), (0, .ceil, 0),
    ]

    @Test(arguments: quotas)
    func quotaRounding(staff: Int, rounding: GoodQuota.Rounding, expected: Int) {
        #expect(GoodQuota.quota(staff: staff, share: 0.2, rounding: rounding) == expected)
    }

    static let months: [(String, [[String]], [String])] = [
        ("one 好 of five", (1...5).map { S.clerk($0, january: $0 == 1 ? "好" : "一般") }, []),
        ("two 好 of five", (1...5).map { S.clerk($0, january: $0 <= 2 ? "好" : "一般") }, ["good-over-quota"]),
        ("one 好 of three", (1...3).map { S.clerk($0, january: $0 == 1 ? "好" : "一般") }, []),
        (
            "one 好 of three, one 暂缓: two rated, quota 0",
            (1...3).map { S.clerk($0, january: $0 == 1 ? "好" : $0 == 2 ? "暂缓" : "一般") }, ["good-over-quota"]
        ),
        (
            "one 好 of three, one hired after the month",
            (1...3).map {
                S.clerk($0, hired: $0 == 3 ? "2026-02-01" : "2020-01-01", january: $0 == 1 ? "好" : "")
            }, ["good-over-quota"]
        ),
        ("a lone clerk rated 好", [S.clerk(1, february: "好")], ["good-over-quota"]),
    ]

    @Test(arguments: months)
    func goodQuotaPerMonth(label: String, rows: [[String]], expected: [String]) {
        #expect(S.codes(rows) == expected, "\(label)")
    }

    @Test func overQuotaNamesCentreMonthCountsAndStaff() throws {
        let rows = (1...5).map { S.clerk($0, february: $0 <= 2 ? "好" : "一般") }
        let report = LedgerCheck.run(S.roster(rows), centres: nil, rules: LedgerRules(), today: today)
        #expect(
            report.entries.map { $0.diagnostic.formatted() } == [
                "花名册.csv:2:1: 错误: 「耿车镇便民服务中心」2026-02 有 2 人评为好，超过名额 1 人（参评窗口人员 5 人） [good-over-quota]"
            ])
        #expect(report.summaries.first?.overQuotaMonths.map(\.description) == ["2026-02"])
        var ceil = LedgerRules()
        ceil.goodShareRounding = "ceil"
        ceil.monthlyGoodShare = 0.3
        #expect(LedgerCheck.run(S.roster(rows), centres: nil, rules: ceil, today: today).entries.isEmpty)
    }

    static let staffing: [(String, [[String]], [String])] = [
        ("exactly one clerk per window", [[S.centre, "乡镇", "4"]], []),
        ("windows below the town minimum", [[S.centre, "乡镇", "3"]], ["too-few-windows"]),
        ("one clerk short", [[S.centre, "乡镇", "5"]], ["understaffed"]),
        ("县级中心 reads as 县级", [[S.centre, "县级中心", "4"]], ["too-few-windows"]),
        ("an unknown kind", [[S.centre, "省级", "4"]], ["unknown-centre-kind", "centre-not-listed"]),
        ("text for windows", [[S.centre, "乡镇", "四"]], ["bad-window-count", "centre-not-listed"]),
        ("a centre without clerks", [[S.centre, "乡镇", "4"], ["埠子镇便民服务中心", "乡镇", "4"]], ["centre-without-clerks"]),
        ("a centre listed twice", [[S.centre, "乡镇", "4"], [S.centre, "乡镇", "4"]], ["duplicate-centre"]),
    ]

    @Test(arguments: staffing)
    func staffingAgainstTheCentresFile(label: String, centres: [[String]], expected: [String]) {
        let clerks = (1...4).map { S.clerk($0) }
        #expect(S.codes(clerks, centres: S.centres(centres)) == expected, "\(label)")
    }

    @Test func englishCentresHeadersAndKinds() {
        let centres = S.centres([[S.centre, "town", "4"]], header: ["centre", "kind", "windows"])
        #expect(centres.diagnostics.isEmpty)
        #expect(centres.centres.map(\.kind) == ["乡镇"])
        let withoutKind = S.centres([[S.centre, "4"]], header: ["中心", "综合窗口数"])
        #expect(withoutKind.diagnostics.map(\.problem.code) == ["missing-column"])
        #expect(S.codes([S.clerk(1)], centres: withoutKind) == ["missing-column"], "no staffing from an unread file")
    }

    @Test func unusableRulesAreNamed() {
        var rules = LedgerRules()
        rules.goodShareRounding = "nearest"
        #expect(LedgerCheck.rulesProblem(rules, language: .english)?.contains("round, floor or ceil") == true)
        rules = LedgerRules()
        rules.hiringMinimumEducation = "大学"
        #expect(LedgerCheck.rulesProblem(rules, language: .chinese) != nil)
        rules = LedgerRules()
        rules.hiringRulesFrom = "去年"
        #expect(LedgerCheck.rulesProblem(rules, language: .chinese) != nil)
        #expect(LedgerCheck.rulesProblem(LedgerRules(), language: .chinese) == nil)
    }
}
