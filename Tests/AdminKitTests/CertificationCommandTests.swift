import Foundation
import Testing

@testable import AdminKit

struct CertificationCommandTests {
    @Test func aRunWritesTheVerdictsThePageAndExitsOneWhenSomeoneFails() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let list = folder + "/申报名单.csv"
        let rows = [
            applicantRow(name: "<b>王小明</b>", unit: "=乌审旗", years: "6"),
            applicantRow(name: "李红", id: residentID("15062619880315002"), years: "2"),
        ]
        try Data(csv(rows, header: applicantHeader).utf8).write(to: URL(fileURLWithPath: list))
        let out = folder + "/审核"
        let outcome = AdminCommand.run(["certification", "check", list, "--level", "4", "--out", out], today: today)
        #expect(outcome.exitCode == 1)
        #expect(outcome.output.hasSuffix("\(list): 2 人申报四级/中级工：1 人可以申报，1 人不符合；未检查材料；1 个错误，0 个警告\n"))
        let verdicts = String(
            decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/资格审核.csv")).dropFirst(3), as: UTF8.self)
        #expect(
            verdicts.hasPrefix(
                "行,姓名,单位,身份证号码,申报等级,结论,依据/缺少\r\n2,<b>王小明</b>,'=乌审旗,150626********\(residentID("15062619900501001").suffix(4)),四级/中级工,可以申报,条件二：累计从事本职业满 6 年\r\n"
            ))
        #expect(verdicts.contains(",李红,乌审旗政务服务中心,150626********"))
        #expect(!FileManager.default.fileExists(atPath: out + "/材料检查.csv"))
        let page = try String(contentsOf: URL(fileURLWithPath: out + "/资格审核.html"), encoding: .utf8)
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("&lt;b&gt;王小明&lt;/b&gt;"))
        #expect(!page.contains("<b>王小明"))
    }

    @Test func allEligibleExitsZeroInEnglish() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let list = folder + "/list.csv"
        try Data(csv([applicantRow(years: "1")], header: applicantHeader).utf8).write(to: URL(fileURLWithPath: list))
        let outcome = AdminCommand.run(["certification", "check", list, "--level", "5", "--lang", "en"], today: today)
        #expect(outcome.exitCode == 0)
        #expect(
            outcome.output
                == "\(list): 1 applicants for level 5 (初级工): 1 eligible, 0 not; materials not checked; 0 errors, 0 warnings\n"
        )
    }

    static let usageErrors: [[String]] = [
        ["certification", "check"], ["certification", "check", "a.csv"],
        ["certification", "check", "a.csv", "--level", "2"],
        ["certification", "check", "a.csv", "--level", "四"],
        ["certification", "check", "a.csv", "--level", "4", "--photos", "x"],
    ]

    @Test(arguments: usageErrors)
    func aUsageErrorExitsTwo(arguments: [String]) {
        let outcome = AdminCommand.run(arguments, today: today)
        #expect(outcome.exitCode == 2)
        #expect(outcome.errorOutput.contains("quiz-admin certification check FILE --level 5|4|3"))
    }
}
