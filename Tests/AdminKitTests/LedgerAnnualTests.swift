import QuestionBank
import Testing

@testable import AdminKit

/// `ledger annual`: every grading rule, runs of 差 against 差 apart, 暂缓, short service, part of a year.
struct LedgerAnnualTests {
    static let months = (1...12).map { "2025-\($0 < 10 ? "0" : "")\($0)" }
    static let header = ["中心", "姓名", "身份证号码", "入职日期", "学历", "证书等级", "取证日期", "试用期"] + months

    /// A row with `ratings` spelt one character a month: 好 g, 一般 f, 差 p, 暂缓 w, blank `.`.
    static func row(
        _ ratings: String, hired: String = "2015-03-01", levels: String = "五级", name: String = "王小明",
        id: String = residentID("32132419900501001")
    ) -> [String] {
        let cells = ratings.map { letter in
            ["g": "好", "f": "一般", "p": "差", "w": "暂缓", ".": "", "x": "优"][String(letter)] ?? "?"
        }
        return ["洋河新区便民服务中心", name, id, hired, "大专", levels, levels.isEmpty ? "" : "2021-03-01", "否"] + cells
    }

    static func grading(_ rows: [[String]], header: [String] = header, rules: LedgerRules = LedgerRules())
        -> AnnualGrading
    {
        let table = TableReader.read(Array(csv(rows, header: header).utf8), file: "花名册.csv")
        return AnnualGrading(ClerkRoster.read(table, file: "花名册.csv", today: today), year: 2025, rules: rules)
    }

    static func assess(_ row: [String]) -> AnnualAssessment? { grading([row]).assessments.first }

    /// Label, row, the grade, and the rule that decided it.
    static let rules: [(String, [String], AnnualGrade, AnnualAssessment.Rule)] = [
        ("4 好, no 差", row("ggggffffffff"), .excellent, .excellent),
        ("4 好 and 1 差: not 优秀", row("ggggpfffffff"), .basic, .basic),
        ("3 好, no 差", row("gggfffffffff"), .competent, .competent),
        ("2 好, no 差", row("ggffffffffff"), .competent, .competent),
        ("1 好, no 差: what remains is 基本称职", row("gfffffffffff"), .basic, .basic),
        ("all 一般", row("ffffffffffff"), .basic, .basic),
        (
            "two 差 in a row", row("ffpp" + "gggggggg"), .incompetent,
            .poorInARow(from: YearMonth(year: 2025, month: 3)!, months: 2)
        ),
        ("two 差 apart", row("fpfp" + "gggggggg"), .basic, .basic),
        ("two 差 across a 暂缓 month are apart", row("fpwp" + "gggggggg"), .basic, .basic),
        ("three 差 apart", row("pfpfpfffffff"), .incompetent, .poorInYear),
        (
            "差 in December and November", row("ggggffffffpp"), .incompetent,
            .poorInARow(from: YearMonth(year: 2025, month: 11)!, months: 2)
        ),
        ("暂缓 months not counted: 4 好 and 8 暂缓", row("ggggwwwwwwww"), .excellent, .excellent),
        (
            "under a year employed with 6 好", row(".gggggg.....", hired: "2025-02-01"), .competent,
            .competentShortService(monthsEmployed: 11)
        ),
        (
            "hired 2025-01-01: twelve months by the year's end", row("ggggffffffff", hired: "2025-01-01"), .excellent,
            .excellent
        ),
        (
            "hired 2025-01-02: eleven", row("ggggffffffff", hired: "2025-01-02"), .competent,
            .competentShortService(monthsEmployed: 11)
        ),
        ("no month rated", row("............"), .unrated, .noRating),
        ("every month 暂缓", row("wwwwwwwwwwww"), .unrated, .noRating),
    ]

    @Test(arguments: rules)
    func eachGradingRule(label: String, row: [String], grade: AnnualGrade, rule: AnnualAssessment.Rule) throws {
        let assessment = try #require(Self.assess(row), "\(label)")
        #expect(assessment.grade == grade, "\(label)")
        #expect(assessment.rule == rule, "\(label)")
    }

    @Test func moreThanBasicAllowsButNoIncompetentRuleIsIncompetent() throws {
        var rules = LedgerRules()
        rules.basicMaximumPoor = 1
        let assessment = try #require(Self.grading([Self.row("pfpfffffffff")], rules: rules).assessments.first)
        #expect(assessment.grade == .incompetent)
        #expect(assessment.rule == .belowBasic)
    }

    @Test func theBasisSaysWhatWasCountedAndWhy() throws {
        let excellent = try #require(Self.assess(Self.row("ggggfwffffff")))
        #expect(excellent.basis(.chinese) == "已评 11 个月：好 4、一般 7、差 0，暂缓 1 个月不计；好 ≥ 4 次且无差 → 优秀")
        let run = try #require(Self.assess(Self.row("ffpp" + "gggggggg")))
        #expect(run.basis(.chinese) == "已评 12 个月：好 8、一般 2、差 2；2025-03 起连续 2 个月差（≥ 2 个月）→ 不称职")
        let short = try #require(Self.assess(Self.row(".gggggg.....", hired: "2025-02-01")))
        #expect(short.basis(.chinese).hasSuffix("但至年底只工作 11 个月（不满 12 个月不评优秀）→ 称职"))
        #expect(short.basis(.english).hasSuffix("→ competent (称职)"))
    }

    @Test(arguments: [
        ("incompetent", row("ppffffffffff"), "是（不称职）"),
        ("no certificate by the year's end", row("ggggffffffff", levels: ""), "是（年底未取证）"),
        ("both", row("ppffffffffff", levels: ""), "是（不称职、年底未取证）"),
        ("certified and competent", row("ggffffffffff"), "否"),
    ])
    func aChangeOfPostIsSuggested(label: String, row: [String], expected: String) throws {
        #expect(try #require(Self.assess(row)).changeOfPost(.chinese) == expected, "\(label)")
    }

    @Test func aRosterWithHalfTheYearGradesFromWhatIsThere() throws {
        let header = Array(Self.header.prefix(8 + 6))
        let grading = Self.grading([Array(Self.row("ggggff").prefix(14))], header: header)
        let assessment = try #require(grading.assessments.first)
        #expect(assessment.grade == .excellent)
        #expect(assessment.basis(.chinese) == "已评 6 个月：好 4、一般 2、差 0（花名册只有 2025 年 6 个月）；好 ≥ 4 次且无差 → 优秀")
        #expect(AnnualPage.countsText(grading, true) == "1 人；花名册 2025 年有 6 个月（2025-01…2025-06）")
    }

    @Test func aYearWithNoColumnStopsTheGrading() {
        let header = ["中心", "姓名", "身份证号码", "入职日期", "学历", "证书等级", "取证日期", "试用期", "2024-12"]
        let grading = Self.grading([Array(Self.row("g").prefix(9))], header: header)
        #expect(grading.isBlocked)
        #expect(grading.diagnostics.map(\.problem.code) == ["no-months-in-year"])
    }

    @Test func aWrongRatingThatYearHoldsTheGradeBackButNotOtherYears() throws {
        let held = try #require(Self.assess(Self.row("ggggxfffffff")))
        #expect(held.grade == .unrated)
        #expect(held.rule == .heldBack)
        #expect(held.basis(.chinese).hasPrefix("待更正花名册后评定：2025-05 的考核「优」"))
        let header = Self.header + ["2024-12"]
        let other = Self.grading([Self.row("ggggffffffff") + ["优"]], header: header)
        #expect(other.assessments.map(\.grade) == [.excellent])
    }

    @Test func aClerkHiredAfterTheYearIsLeftOut() {
        let grading = Self.grading([
            Self.row("ggggffffffff"),
            Self.row("............", hired: "2026-01-05", name: "赵敏", id: residentID("32132419990630006")),
        ])
        #expect(grading.assessments.count == 1)
        #expect(grading.notYetHired == 1)
    }
}
