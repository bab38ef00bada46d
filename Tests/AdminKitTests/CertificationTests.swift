import QuestionBank
import Testing

@testable import AdminKit

/// The applicant list's header as the certification forms have it.
let applicantHeader = [
    "姓名", "身份证号码", "单位", "文化程度", "所学专业", "在读", "本职业工龄", "现有等级", "取证时间", "职称", "职称取得时间",
    "学徒期满",
]

/// One invented applicant's row; `today` is 2026-06-01, so a certificate of 2022-06-01 is 4 years old.
func applicantRow(
    name: String = "王小明", id: String = residentID("15062619900501001"), unit: String = "乌审旗政务服务中心",
    education: String = "高中", major: String = "", enrolled: String = "否", years: String = "0", level: String = "无",
    certificateDate: String = "", title: String = "", titleDate: String = "", apprenticeship: String = ""
) -> [String] {
    [name, id, unit, education, major, enrolled, years, level, certificateDate, title, titleDate, apprenticeship]
}

/// `certification check` on CSV text, without touching the disk.
func certify(
    _ rows: [[String]], level: Int, header: [String] = applicantHeader, rules: CertificationRules = .init(),
    materials: MaterialsListing? = nil
) -> CertificationReport {
    let table = TableReader.read(Array(csv(rows, header: header).utf8), file: "申报名单.csv")
    return CertificationCheck.run(
        table, file: "申报名单.csv", level: level, rules: rules, materials: materials, materialsPath: "材料", today: today)
}

/// The codes of a report's problems, in order.
func codes(_ report: CertificationReport) -> [String] { report.diagnostics.map(\.problem.code) }

struct CertificationTests {
    /// Label, level, row, and the condition met ("" for none) or the codes of the gaps of the nearest.
    static let conditionCases: [(String, Int, [String], String)] = [
        ("5: one year in the occupation", 5, applicantRow(years: "1"), "条件一"),
        ("5: eleven months", 5, applicantRow(years: "0.9"), ""),
        ("5: an apprenticeship", 5, applicantRow(years: "0", apprenticeship: "是"), "条件二"),
        ("4: level 5 held four years", 4, applicantRow(years: "4", level: "五级", certificateDate: "2022-06-01"), "条件一"),
        (
            "4: level 5 held 3 years 11 months", 4,
            applicantRow(years: "5", level: "五级", certificateDate: "2022-07-01"), ""
        ),
        (
            "4: level 5 four years ago, 3.9 in the job", 4,
            applicantRow(years: "3.9", level: "初级工", certificateDate: "2020.01"), ""
        ),
        ("4: six years", 4, applicantRow(years: "6"), "条件二"),
        ("4: 5.9 years", 4, applicantRow(years: "5.9"), ""),
        ("4: relevant 中专", 4, applicantRow(education: "中专", major: "文秘"), "条件三"),
        ("4: 中专 in another subject", 4, applicantRow(education: "中专", major: "机电"), ""),
        ("4: 大专 enrolled, relevant", 4, applicantRow(education: "大专", major: "行政管理", enrolled: "是"), "条件三"),
        ("4: 高中 is not vocational", 4, applicantRow(education: "高中", major: "文秘"), ""),
        (
            "3: level 4 held five years", 3, applicantRow(years: "8", level: "四级/中级工", certificateDate: "2021-06-01"),
            "条件一"
        ),
        (
            "3: level 4 plus a relevant 大专 and two years", 3,
            applicantRow(education: "大专", major: "公共事业管理", years: "2", level: "四级", certificateDate: "2025-01-01"),
            "条件二"
        ),
        (
            "3: level 4, relevant 大专, 1.9 years", 3,
            applicantRow(education: "大专", major: "公共事业管理", years: "1.9", level: "四级", certificateDate: "2025-01-01"),
            ""
        ),
        (
            "3: a relevant 本科 not yet finished counts under 条件二", 3,
            applicantRow(
                education: "本科", major: "法学", enrolled: "是", years: "2", level: "中级工", certificateDate: "2023-01"),
            "条件二"
        ),
        (
            "3: level 5 is not level 4", 3,
            applicantRow(education: "本科", major: "法学", years: "9", level: "五级", certificateDate: "2015-01-01"), ""
        ),
        ("3: a junior title a year ago", 3, applicantRow(years: "1", title: "助理经济师", titleDate: "2025-06-01"), "条件四"),
        ("3: a junior title eleven months ago", 3, applicantRow(years: "3", title: "初级", titleDate: "2025-07-01"), ""),
        ("3: an intermediate title counts", 3, applicantRow(years: "2", title: "中级", titleDate: "2020-01-01"), "条件四"),
    ]

    @Test(arguments: conditionCases)
    func eachConditionQualifiesAndJustShortDoesNot(label: String, level: Int, row: [String], met: String) {
        let report = certify([row], level: level)
        let verdict = report.verdicts[0]
        #expect(verdict.isEligible == !met.isEmpty, "\(label)")
        if !met.isEmpty { #expect(verdict.eligibility?.condition.name == met, "\(label)") }
        #expect(codes(report).contains("not-eligible") == met.isEmpty, "\(label)")
    }

    static let gapCases: [(String, Int, [String], String)] = [
        (
            "3.9 years since the certificate", 4, applicantRow(years: "5", level: "五级", certificateDate: "2022-07-01"),
            "不符合申报四级/中级工的条件。最接近的条件一：取得五级/初级工及以上证书后从事本职业满 4 年。缺少：取证后从事本职业 3.9 年，还差 0.1 年"
        ),
        (
            "no certificate date", 4, applicantRow(years: "5", level: "五级"),
            "不符合申报四级/中级工的条件。最接近的条件一：取得五级/初级工及以上证书后从事本职业满 4 年。缺少：取证时间未填，无法计算取证后的年限"
        ),
        (
            "nothing but years", 4, applicantRow(years: "3"),
            "不符合申报四级/中级工的条件。最接近的条件一：取得五级/初级工及以上证书后从事本职业满 4 年。缺少：没有五级/初级工及以上证书（现有等级：无）"
        ),
        (
            "years left empty", 5, applicantRow(years: ""),
            "不符合申报五级/初级工的条件。最接近的条件一：累计从事本职业满 1 年。缺少：本职业工龄未填（需满 1 年）"
        ),
        (
            "enrolled in 大专 with a year: 条件二 is nearest", 3,
            applicantRow(
                education: "大专", major: "法学", enrolled: "是", years: "1", level: "四级", certificateDate: "2023-06-01"),
            "不符合申报三级/高级工的条件。最接近的条件二：取得四级/中级工及以上证书，具有大专/高职及以上本专业或相关专业毕业证书（含在读），累计从事本职业满 2 年。缺少：本职业工龄 1 年，还差 1 年"
        ),
    ]

    @Test(arguments: gapCases)
    func theVerdictNamesTheNearestConditionAndTheGap(label: String, level: Int, row: [String], message: String) {
        let report = certify([row], level: level)
        let verdicts = report.diagnostics.filter { $0.problem.code == "not-eligible" }
        #expect(verdicts.map { $0.message() } == [message], "\(label)")
        #expect(verdicts.first?.location?.row == 2, "\(label)")
    }

    static let cellCases: [(String, [String], [String])] = [
        (
            "a future certificate date", applicantRow(years: "5", level: "五级", certificateDate: "2027-01-01"),
            ["not-eligible", "future-date"]
        ),
        (
            "an unreadable date", applicantRow(years: "5", level: "五级", certificateDate: "去年"),
            ["not-eligible", "unreadable-date"]
        ),
        ("an Excel date serial five years old", applicantRow(years: "5", level: "五级", certificateDate: "44348"), []),
        ("text for years", applicantRow(years: "很多", level: "五级", certificateDate: "2020-01-01"), ["bad-years"]),
        ("an unreadable level", applicantRow(years: "7", level: "特级"), ["unknown-skill-level"]),
        (
            "an unreadable 在读", applicantRow(education: "中专", major: "文秘", enrolled: "也许", years: "7"),
            ["unknown-yes-no"]
        ),
        ("a mistyped ID", applicantRow(id: mistyped("15062619900501001"), years: "7"), ["id-check-digit"]),
        ("already level 4", applicantRow(years: "7", level: "四级", certificateDate: "2020-01-01"), ["already-holds"]),
    ]

    @Test(arguments: cellCases)
    func cellsThatCannotBeReadAreReportedAtTheirPlace(label: String, row: [String], expected: [String]) {
        #expect(codes(certify([row], level: 4)) == expected, "\(label)")
    }

    @Test func anExcelSerialReadsAsItsDate() {
        #expect(CalendarDate(written: "44348") == CalendarDate(year: 2021, month: 6, day: 1))
        #expect(CalendarDate(written: "2021年6月") == CalendarDate(year: 2021, month: 6, day: 1))
        #expect(CalendarDate(written: "2021.6.15") == CalendarDate(year: 2021, month: 6, day: 15))
        #expect(CalendarDate(written: "20210230") == nil)
    }

    @Test func aGB18030ListIsRead() {
        let text = csv(
            [applicantRow(years: "6"), applicantRow(name: "李红", id: residentID("15062619880315002"))],
            header: applicantHeader)
        let table = TableReader.read(encode(text, as: "GB18030"), file: "申报名单.csv")
        let report = CertificationCheck.run(table, file: "申报名单.csv", level: 4, rules: .init(), today: today)
        #expect(report.verdicts.map { $0.applicant[.name] } == ["王小明", "李红"])
        #expect(report.verdicts.map(\.isEligible) == [true, false])
    }

    @Test func englishHeadersAndAliasesAreRead() {
        let header = ["name", "id number", "本工种工龄", "技术等级", "发证日期"]
        let report = certify(
            [["王小明", residentID("15062619900501001"), "5", "五级", "2022-06-01"]], level: 4, header: header)
        #expect(report.verdicts.map(\.isEligible) == [true])
        #expect(codes(report) == ["absent-column", "absent-column"])
    }

    @Test func aDuplicateIDNamesTheFirstRow() {
        let report = certify([applicantRow(years: "6"), applicantRow(name: "王晓明", years: "6")], level: 4)
        #expect(report.diagnostics.map { $0.formatted() } == ["申报名单.csv:3:5: 错误: 身份证号码与第 2 行重复 [duplicate-id]"])
    }

    @Test func aListWithoutHeaderOrRowsIsAProblemNotACrash() {
        #expect(codes(certify([], level: 4, header: ["随便", "什么"])) == ["no-header"])
        let empty = certify([], level: 4)
        #expect(empty.verdicts.isEmpty && empty.diagnostics.isEmpty)
    }

    @Test func theRulesFileChangesTheNumbers() {
        var rules = CertificationRules()
        rules.levels[1].conditions[1].occupationYears = 5
        rules.relevantMajors = ["机电"]
        #expect(certify([applicantRow(years: "5")], level: 4, rules: rules).verdicts[0].isEligible)
        #expect(certify([applicantRow(education: "中专", major: "机电一体化")], level: 4, rules: rules).verdicts[0].isEligible)
        #expect(!certify([applicantRow(education: "中专", major: "文秘")], level: 4, rules: rules).verdicts[0].isEligible)
    }

    @Test func aRulesFileNamingAnUnknownEducationIsRefused() {
        var rules = CertificationRules()
        rules.levels[1].conditions[2].education = "中学"
        #expect(CertificationCheck.rulesProblem(rules, level: 4, language: .chinese)?.contains("中学") == true)
        #expect(CertificationCheck.rulesProblem(CertificationRules(), level: 3, language: .chinese) == nil)
        #expect(CertificationCheck.rulesProblem(CertificationRules(), level: 2, language: .chinese) != nil)
    }
}

struct CertificationRulesFileTests {
    @Test func aRulesFileCorrectsOneNumberAndKeepsTheRest() throws {
        let text = #"{ "certification": { "photoMaximumKB": 30, "relevantMajors": ["机电"] } }"#
        let rules = try AdminRules.decode(Array(text.utf8), file: "规则.json").get().certification
        #expect(rules.photoMaximumKB == 30)
        #expect(rules.relevantMajors == ["机电"])
        #expect(rules.levels == CertificationRules().levels)
    }

    @Test func aMisspeltKeyIsRefusedWithTheNearest() {
        let text = #"{ "certification": { "photoMaxKB": 1 } }"#
        guard case .failure(let error) = AdminRules.decode(Array(text.utf8), file: "规则.json") else {
            Issue.record("a misspelt key was accepted")
            return
        }
        #expect(error.path == "certification.photoMaxKB")
        #expect(error.reason == .unknownKey(suggestion: "photoMaximumKB"))
    }
}
