import QuestionBank
import Testing

@testable import AdminKit

/// The roster every `ledger` command reads: header, cells, certificates and month columns.
struct LedgerRosterTests {
    static let header = ["中心", "姓名", "身份证号码", "入职日期", "学历", "证书等级", "取证日期", "试用期", "2025-01", "2025-02"]

    static func roster(_ rows: [[String]], header: [String] = header) -> ClerkRoster {
        let table = TableReader.read(Array(csv(rows, header: header).utf8), file: "花名册.csv")
        return ClerkRoster.read(table, file: "花名册.csv", today: today)
    }

    static func row(
        id: String = residentID("32132419900501001"), hired: String = "2020-03-01", education: String = "大专",
        levels: String = "五级;四级", dates: String = "2021-03-01;2023-06-01", probation: String = "否",
        january: String = "好", february: String = "一般"
    ) -> [String] {
        ["宿城区政务服务中心", "王小明", id, hired, education, levels, dates, probation, january, february]
    }

    @Test func aSoundRowIsReadWhole() throws {
        let roster = Self.roster([Self.row()])
        #expect(roster.diagnostics.isEmpty)
        #expect(roster.months.map(\.description) == ["2025-01", "2025-02"])
        let clerk = try #require(roster.clerks.first)
        #expect(clerk.hired == CalendarDate(year: 2020, month: 3, day: 1))
        #expect(clerk.education == .college)
        #expect(clerk.certificates.map(\.level) == [5, 4])
        #expect(clerk.highestLevel(on: CalendarDate(year: 2022, month: 1, day: 1)!) == 5)
        #expect(clerk.highestLevel(on: CalendarDate(year: 2024, month: 1, day: 1)!) == 4)
        #expect(clerk.ratings[YearMonth(year: 2025, month: 1)!] == .good)
        #expect(clerk.birthDate == CalendarDate(year: 1990, month: 5, day: 1))
        #expect(!clerk.onProbation)
    }

    static let cells: [(String, [String], [String])] = [
        ("no certificate", row(levels: "", dates: ""), []),
        ("无 for none", row(levels: "无", dates: ""), []),
        ("full-width semicolons", row(levels: "五级；四级", dates: "2021.03；2023.06"), []),
        ("two levels, one date", row(levels: "五级;四级", dates: "2021-03-01"), ["certificate-dates-mismatch"]),
        ("a level that does not exist", row(levels: "特级", dates: "2021-03-01"), ["unknown-level"]),
        ("a certificate dated after today", row(levels: "五级", dates: "2027-01-01"), ["future-date"]),
        ("a hiring date that is not a date", row(hired: "去年"), ["bad-date"]),
        ("no hiring date", row(hired: ""), ["missing-value"]),
        ("an unknown diploma", row(education: "很高"), ["unknown-education"]),
        ("probation neither yes nor no", row(probation: "也许"), ["unknown-probation"]),
        ("a rating that is not one", row(january: "优"), ["unknown-rating"]),
        ("暂缓 while under investigation", row(january: "暂缓"), []),
        ("a mistyped ID", row(id: mistyped("32132419900501001")), ["id-check-digit"]),
    ]

    @Test(arguments: cells)
    func eachCellIsReadOrNamed(label: String, row: [String], expected: [String]) {
        #expect(Self.roster([row]).diagnostics.map(\.problem.code) == expected, "\(label)")
    }

    @Test func aRepeatedIDAndAMissingColumnAreNamed() {
        #expect(Self.roster([Self.row(), Self.row()]).diagnostics.map(\.problem.code) == ["duplicate-id"])
        let withoutHired = Self.roster(
            [["中心", "王小明", residentID("32132419900501001")]], header: ["中心", "姓名", "身份证号码"])
        #expect(withoutHired.diagnostics.map { $0.formatted() } == ["花名册.csv:1:1: 错误: 缺少「入职日期」列 [missing-column]"])
    }

    @Test func aGB18030RosterReads() {
        let text = csv([Self.row()], header: Self.header)
        let table = TableReader.read(encode(text, as: "GB18030"), file: "花名册.csv")
        let roster = ClerkRoster.read(table, file: "花名册.csv", today: today)
        #expect(roster.diagnostics.isEmpty)
        #expect(roster.clerks.map(\.name) == ["王小明"])
    }
}
