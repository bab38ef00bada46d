import QuestionBank
import Testing

@testable import AdminKit

struct RowCheckTests {
    static let rows: [(String, [String], [String])] = [
        ("all good", entryRow(), []),
        ("woman written as man", entryRow(id: residentID("32082119900501002")), ["sex-mismatch"]),
        ("man written as woman", entryRow(sex: "女"), ["sex-mismatch"]),
        ("sex unreadable", entryRow(sex: "未知"), ["unknown-sex"]),
        ("birth month differs", entryRow(birth: "1990.06"), ["birth-mismatch"]),
        ("birth year differs", entryRow(birth: "1991年5月"), ["birth-mismatch"]),
        ("birth as an Excel serial", entryRow(birth: "32994"), []),
        ("birth unreadable", entryRow(birth: "九〇年"), ["unreadable-birth"]),
        ("landline with area code", entryRow(phone: "0527-8888888"), []),
        ("landline without area code", entryRow(phone: "8888888"), ["bad-phone"]),
        ("no phone", entryRow(phone: ""), ["missing-value"]),
        ("unknown category", entryRow(category: "机关"), ["unknown-category"]),
        ("unknown employment", entryRow(employment: "临时"), ["unknown-employment"]),
        (
            "bad ID skips the agreement checks", entryRow(sex: "女", id: residentID("32082119900230001")),
            ["id-birth-date"]
        ),
        (
            "wrong check digit still checks sex", entryRow(sex: "女", id: mistyped("32082119900501001")),
            ["sex-mismatch", "id-check-digit"]
        ),
    ]

    @Test(arguments: rows)
    func eachRowIsCheckedAgainstItsID(label: String, row: [String], expected: [String]) {
        #expect(codes(check([row])) == expected, "\(label)")
    }

    @Test func aDuplicateIDOrPhoneNamesTheFirstRow() {
        let report = check([
            entryRow(),
            entryRow(name: "李四", id: residentID("32082119900501011"), phone: "13912345678"),
            entryRow(name: "王五", phone: "13800000000"),
        ])
        #expect(
            report.diagnostics.map { $0.formatted() } == [
                "报名表.csv:3:44: 错误: 联系电话与第 2 行重复 [duplicate-phone]",
                "报名表.csv:4:25: 错误: 身份证号码与第 2 行重复 [duplicate-id]",
            ])
    }

    @Test func aLowerCaseXIsAWarningAndTheListStillPasses() {
        let report = check([entryRow(sex: "女", birth: "1949.12", id: "11010519491231002x")])
        #expect(codes(report) == ["id-lowercase-x"])
        #expect(!report.hasErrors)
    }

    @Test func aMissingColumnIsNamed() {
        let header = entryHeader.filter { $0 != "联系电话" }
        var row = entryRow()
        row.remove(at: 7)
        let report = check([row], header: header)
        #expect(report.diagnostics.map { $0.formatted() } == ["报名表.csv:1:1: 错误: 缺少「联系电话」列 [missing-column]"])
    }

    @Test func aColumnOnlyARuleNeedsIsRequiredOnlyUnderThatRule() {
        let header = Array(entryHeader.prefix(8))
        let row = Array(entryRow().prefix(8))
        #expect(codes(check([row], header: header)) == [])
        #expect(codes(check([row], rules: .jiangyin, header: header)) == ["missing-column"])
        #expect(check([row], rules: .siyang, header: header).diagnostics.count == 5)
    }

    @Test func titleRowsAboveTheHeaderAreSkipped() {
        let report = check([entryHeader, entryRow()], header: ["2026年技能竞赛报名表"])
        #expect(codes(report) == [])
        #expect(report.entrants.count == 1)
    }

    @Test func aListWithoutHeaderSaysSo() {
        #expect(codes(check([["a", "b"]], header: ["x", "y"])) == ["no-header"])
    }

    @Test func englishMessagesWithLangEn() {
        let report = check([entryRow(phone: "8888888")])
        #expect(
            report.diagnostics.map { $0.formatted(.english) } == [
                "报名表.csv:2:45: error: phone 8888888 should be an 11-digit mobile number or a landline with its area code (0527-8888888) [bad-phone]"
            ])
    }
}
