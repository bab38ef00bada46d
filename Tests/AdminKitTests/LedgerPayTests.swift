import QuestionBank
import Testing

@testable import AdminKit

/// `ledger pay`: every subsidy rule at its boundaries, the clerks left out or held back, and `pay.csv`'s bytes.
struct LedgerPayTests {
    static let header = ["中心", "姓名", "身份证号码", "入职日期", "学历", "证书等级", "取证日期", "试用期", "2025-03"]
    static let march = YearMonth(year: 2025, month: 3)!

    static func row(
        centre: String = "洋河新区便民服务中心", name: String = "王小明", id: String = residentID("32132419900501001"),
        hired: String = "2015-03-01", education: String = "大专", levels: String = "五级", dates: String = "2021-03-01",
        probation: String = "否", rating: String = "好"
    ) -> [String] {
        [centre, name, id, hired, education, levels, dates, probation, rating]
    }

    static func sheet(_ rows: [[String]], rules: LedgerRules = LedgerRules(), header: [String] = header) -> PaySheet {
        let table = TableReader.read(Array(csv(rows, header: header).utf8), file: "花名册.csv")
        return PaySheet(ClerkRoster.read(table, file: "花名册.csv", today: today), month: march, rules: rules)
    }

    static func pay(_ row: [String], rules: LedgerRules = LedgerRules()) -> [Int] {
        guard let pay = sheet([row], rules: rules).pays.first else { return [] }
        return [pay.skill, pay.tenure, pay.education]
    }

    static var paidInFull: LedgerRules {
        var rules = LedgerRules()
        rules.probationSkillSubsidyOnly = false
        return rules
    }

    /// Label, row, and the skill, tenure and education subsidies for 2025-03.
    static let rules: [(String, [String], LedgerRules, [Int])] = [
        ("五级 only", row(), LedgerRules(), [100, 100, 0]),
        (
            "two certificates: the highest only, never added", row(levels: "五级;四级", dates: "2021-03-01;2023-06-01"),
            LedgerRules(), [150, 100, 0]
        ),
        (
            "技师 over 五级 whatever the order", row(levels: "技师;五级", dates: "2024-01-01;2018-01-01"), LedgerRules(),
            [400, 100, 0]
        ),
        ("高级技师", row(levels: "高级技师", dates: "2024-01-01"), LedgerRules(), [600, 100, 0]),
        (
            "a certificate issued on the month's last day pays", row(levels: "五级;四级", dates: "2021-03-01;2025-03-31"),
            LedgerRules(), [150, 100, 0]
        ),
        (
            "a certificate issued the day after does not yet", row(levels: "五级;四级", dates: "2021-03-01;2025-04-01"),
            LedgerRules(), [100, 100, 0]
        ),
        (
            "first certificate during the month: skill and tenure", row(hired: "2020-01-01", dates: "2025-03-15"),
            LedgerRules(), [100, 50, 0]
        ),
        (
            "worked through 2025-03-31 from 2024-04-01: exactly 1 year", row(hired: "2024-04-01"), LedgerRules(),
            [100, 20, 0]
        ),
        ("hired 2024-04-02: a day short of 1 year", row(hired: "2024-04-02"), LedgerRules(), [100, 0, 0]),
        ("exactly 5 years", row(hired: "2020-04-01"), LedgerRules(), [100, 50, 0]),
        ("a day short of 5 years", row(hired: "2020-04-02"), LedgerRules(), [100, 20, 0]),
        ("exactly 10 years", row(hired: "2015-04-01"), LedgerRules(), [100, 100, 0]),
        ("a day short of 10 years", row(hired: "2015-04-02"), LedgerRules(), [100, 50, 0]),
        (
            "no certificate: no tenure after 10 years, education still paid",
            row(education: "本科", levels: "", dates: ""), LedgerRules(), [0, 0, 100]
        ),
        ("本科", row(education: "本科"), LedgerRules(), [100, 100, 100]),
        ("研究生, above 本科", row(education: "研究生"), LedgerRules(), [100, 100, 200]),
        ("硕士 counts as 研究生", row(education: "硕士研究生"), LedgerRules(), [100, 100, 200]),
        ("大专: no education subsidy", row(education: "大专"), LedgerRules(), [100, 100, 0]),
        ("no diploma written", row(education: ""), LedgerRules(), [100, 100, 0]),
        (
            "probation: skill subsidy only", row(education: "研究生", levels: "四级", probation: "是"), LedgerRules(),
            [150, 0, 0]
        ),
        (
            "probation without a certificate: nothing", row(education: "本科", levels: "", dates: "", probation: "是"),
            LedgerRules(), [0, 0, 0]
        ),
        (
            "probation paid in full when the rules say so", row(education: "本科", levels: "四级", probation: "是"),
            paidInFull, [150, 100, 100]
        ),
    ]

    @Test(arguments: rules)
    func eachSubsidyRule(label: String, row: [String], rules: LedgerRules, expected: [Int]) {
        #expect(Self.pay(row, rules: rules) == expected, "\(label)")
    }

    @Test func theRulesFileAmountsAreUsed() {
        var rules = LedgerRules()
        rules.skillSubsidies = [LedgerRules.LevelAmount(level: 5, amount: 120)]
        rules.tenureSubsidies = [LedgerRules.TenureAmount(minimumYears: 3, amount: 30)]
        rules.educationSubsidies = [LedgerRules.EducationAmount(education: "大专", amount: 10)]
        #expect(Self.pay(Self.row(hired: "2022-04-01"), rules: rules) == [120, 30, 10])
        #expect(Self.pay(Self.row(hired: "2022-04-02"), rules: rules) == [120, 0, 10])
    }

    @Test func aClerkNotYetHiredIsLeftOutAndCounted() {
        let sheet = Self.sheet([
            Self.row(), Self.row(name: "赵敏", id: residentID("32132419990630006"), hired: "2025-04-01"),
        ])
        #expect(sheet.pays.map(\.clerk.name) == ["王小明"])
        #expect(sheet.notYetHired == 1)
        #expect(PayPage.countsText(sheet, true) == "1 人，合计 200 元；1 人月底前未入职，未列入")
    }

    @Test func aClerkWithAnUnreadableCellIsListedWithNothingAndTheReason() throws {
        let sheet = Self.sheet([
            Self.row(levels: "五级;四级", dates: "2021-03-01"),
            Self.row(name: "李娟", id: residentID("32132419920712002"), rating: "优"),
        ])
        let held = try #require(sheet.pays.first)
        #expect(held.total == 0)
        #expect(held.basis(.chinese).hasPrefix("暂未计发，请更正花名册后补发：写了 2 个证书等级、1 个取证日期"))
        #expect(sheet.heldBackCount == 1)
        #expect(sheet.pays.last?.total == 200, "a wrong rating does not hold pay back")
        #expect(sheet.hasErrors)
    }

    @Test func aRepeatedIDIsHeldBackSoNobodyIsPaidTwice() {
        let sheet = Self.sheet([Self.row(), Self.row(name: "王小明")])
        #expect(sheet.pays.map(\.total) == [200, 0])
    }

    @Test func aMissingColumnStopsThePaySheet() {
        let header = Array(Self.header.filter { $0 != "学历" })
        let row = Self.row().enumerated().filter { $0.offset != 4 }.map(\.element)
        let sheet = Self.sheet([row], header: header)
        #expect(sheet.isBlocked)
        #expect(sheet.pays.isEmpty)
        #expect(
            sheet.diagnostics.map { $0.formatted() } == [
                "花名册.csv: 错误: 缺少「学历」列：没有它算不出每人的补贴或等次，请补上这一列（没有的人留空） [missing-column]"
            ])
    }

    @Test func payCSVBytes() {
        let sheet = Self.sheet([
            Self.row(name: "王小明", education: "本科", levels: "五级;四级", dates: "2021-03-01;2023-06-01"),
            Self.row(
                centre: "=城东", name: "李娟", id: residentID("32132419920712002"), hired: "2024-04-01", probation: "是"),
            Self.row(name: "张伟", id: residentID("32132419960305003"), hired: "2020-04-02", education: "研究生"),
        ])
        let text = """
            \u{FEFF}姓名,技能补贴,年限补贴,学历补贴,合计,中心,依据\r
            王小明,150,100,100,350,洋河新区便民服务中心,四级/中级工（2023-06-01 取证）；入职满 10 年；本科\r
            张伟,100,20,200,320,洋河新区便民服务中心,五级/初级工（2021-03-01 取证）；入职满 4 年；研究生\r
            李娟,100,0,0,100,'=城东,五级/初级工（2021-03-01 取证）；试用期：只发技能补贴\r
            \r
            小计,250,120,300,670,洋河新区便民服务中心,2 人\r
            小计,100,0,0,100,'=城东,1 人\r
            合计,350,120,300,770,,3 人\r

            """
        #expect(LedgerSheets.pay(sheet) == Array(text.utf8))
    }

    @Test func aGB18030RosterIsPaid() {
        let text = csv([Self.row(education: "本科")], header: Self.header)
        let table = TableReader.read(encode(text, as: "GB18030"), file: "花名册.csv")
        let sheet = PaySheet(
            ClerkRoster.read(table, file: "花名册.csv", today: today), month: Self.march, rules: LedgerRules())
        #expect(sheet.rosterDiagnostics.isEmpty)
        #expect(sheet.pays.map(\.clerk.centre) == ["洋河新区便民服务中心"])
        #expect(sheet.total == 300)
    }
}
