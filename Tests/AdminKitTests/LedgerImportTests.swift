import Foundation
import QuestionBank
import Testing

@testable import AdminKit

struct LedgerImportTests {
    static let wang = residentID("32130219900501001")
    static let li = residentID("32130219920815002")
    static let otherLi = residentID("32130219930101003")
    static let rosterText = csv(
        [
            ["宿城区政务服务中心", "王小明", wang, "2019-03-01", "本科", "五级", "2021-03-01", "否"],
            ["宿城区政务服务中心", "李红", li, "2022-07-01", "大专", "", "", "否"],
            ["蔡集镇便民服务中心", "李红", otherLi, "2023-07-01", "大专", "无", "", "否"],
        ], header: ["中心", "姓名", "身份证号码", "入职日期", "学历", "证书等级", "取证日期", "试用期"])

    /// The import of `results` (file name and CSV text) into the roster above, on 2026-05-20.
    static func run(_ results: [(String, String)]) throws -> ResultImport {
        let table = TableReader.read(Array(rosterText.utf8), file: "花名册.csv")
        let roster = ClerkRoster.read(table, file: "花名册.csv", today: today)
        let sheet = try #require(roster.sheet)
        return ResultImport.run(
            roster: table, rosterSheet: sheet, clerks: roster.clerks,
            results: results.map { ($0.0, TableReader.read(Array($0.1.utf8), file: $0.0)) }, level: 4,
            date: CalendarDate(year: 2026, month: 5, day: 20)!)
    }

    static let composite = "名次,姓名,单位,理论成绩,实操成绩,总成绩,奖项,称号,奖金,发证\r\n"

    static let cases: [(String, String, [String], [String])] = [
        (
            "a contest's 发证 是, matched by name", composite + "1,王小明,宿城区政务服务中心,92,88,90,一等奖,创新能手,1000,是\r\n",
            ["王小明 4 2026-05-20"], []
        ),
        ("发证 否 adds nothing", composite + "1,王小明,宿城区政务服务中心,50,88,69,,,,否\r\n", [], []),
        (
            "a shared name told apart by the unit", composite + "1,李红,蔡集镇便民服务中心,92,88,90,一等奖,,1000,是\r\n",
            ["李红 4 2026-05-20"], []
        ),
        ("a shared name without a unit", "姓名,发证\r\n李红,是\r\n", [], ["ambiguous-name"]),
        ("someone not on the roster", composite + "1,赵丽,外区,92,88,90,一等奖,,1000,是\r\n", [], ["not-on-roster"]),
        (
            "a certification list by ID, with its own date", "姓名,身份证号码,等级,取证日期\r\n李红,\(li),五级,2026.10.15\r\n",
            ["李红 5 2026-10-15"], []
        ),
        ("a level that does not exist", "姓名,身份证号码,等级\r\n李红,\(li),特级\r\n", [], ["unknown-level"]),
        ("a date that is not one", "姓名,身份证号码,等级,取证日期\r\n李红,\(li),五级,上月\r\n", [], ["bad-date"]),
        ("neither 发证 nor 等级", "姓名,单位\r\n李红,宿城区政务服务中心\r\n", [], ["no-result-column"]),
        ("a certificate already held", "姓名,身份证号码,等级,取证日期\r\n王小明,\(wang),五级,2021-03-01\r\n", [], ["already-recorded"]),
    ]

    @Test(arguments: cases)
    func eachCertificateIsMatchedOrNamed(label: String, results: String, added: [String], codes: [String]) throws {
        let imported = try Self.run([("结果.csv", results)])
        #expect(imported.added.map { "\($0.name) \($0.level) \($0.date)" } == added, "\(label)")
        #expect(imported.diagnostics.map(\.problem.code) == codes, "\(label)")
    }

    @Test func theCellsGainTheCertificateAndTheRestStaysAsWritten() throws {
        let results = "姓名,身份证号码,等级,取证日期\r\n王小明,\(Self.wang),四级,2026-11-01\r\n李红,\(Self.otherLi),五级,2026-10-15\r\n"
        let imported = try Self.run([("认定.csv", results)])
        let rows = imported.sheets[0].rows
        #expect(rows[1] == ["宿城区政务服务中心", "王小明", Self.wang, "2019-03-01", "本科", "五级;四级", "2021-03-01;2026-11-01", "否"])
        #expect(rows[2] == ["宿城区政务服务中心", "李红", Self.li, "2022-07-01", "大专", "", "", "否"])
        #expect(rows[3] == ["蔡集镇便民服务中心", "李红", Self.otherLi, "2023-07-01", "大专", "五级", "2026-10-15", "否"])
        let again = try Self.run([("认定.csv", results), ("认定.csv", results)])
        #expect(again.added.count == 2)
        #expect(again.diagnostics.map(\.problem.code) == ["already-recorded", "already-recorded"])
    }

    @Test func theCommandWritesAWorkbookThatReadsBackAndNeverOverwritesTheRoster() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let roster = folder + "/花名册.csv"
        let results = folder + "/composite.csv"
        try Data(Self.rosterText.utf8).write(to: URL(fileURLWithPath: roster))
        try Data((Self.composite + "1,王小明,宿城区政务服务中心,92,88,90,一等奖,创新能手,1000,是\r\n").utf8).write(
            to: URL(fileURLWithPath: results))
        let out = folder + "/更新/花名册.xlsx"

        let outcome = AdminCommand.run(
            ["ledger", "import-results", roster, results, "--date", "2026-05-20", "--out", out], today: today)

        #expect(outcome.exitCode == 0, "\(outcome.output)")
        #expect(outcome.output.hasSuffix("共 1 张证书；已写出 \(out)\n"))
        let reread = ClerkRoster.read(TableReader.read(path: out), file: out, today: today)
        #expect(reread.diagnostics.isEmpty)
        #expect(reread.clerks.first?.certificates.map(\.level) == [5, 4])
        #expect(reread.clerks.first?.residentID == Self.wang)
        let refused = AdminCommand.run(["ledger", "import-results", roster, results, "--out", roster], today: today)
        #expect(refused.exitCode == 2)
        let future = AdminCommand.run(
            ["ledger", "import-results", roster, results, "--date", "2026-11-20"], today: today)
        #expect(future.exitCode == 2 && future.errorOutput.hasPrefix("--date 2026-11-20 晚于今天"))
    }
}
