import Foundation
import Testing

@testable import AdminKit

struct CommandTests {
    @Test func aRunWritesTheSummaryTheProblemListAndThePage() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let list = folder + "/报名表.csv"
        let rows =
            (0..<5).map { index in
                entryRow(
                    unit: "城东<社区>", name: "队员\(index)", sex: index % 2 == 0 ? "男" : "女",
                    id: residentID("3208211990050110\(index + 1)"), phone: "1391234500\(index)",
                    category: index < 2 ? "村社区" : "其他")
            } + [entryRow(unit: "=城西", name: "<b>张三</b>", id: mistyped("32082119900501201"), phone: "13800000000")]
        try Data(csv(rows).utf8).write(to: URL(fileURLWithPath: list))
        let out = folder + "/检查结果"

        let outcome = AdminCommand.run(
            ["registration", "check", list, "--rules", "jiangyin", "--out", out], today: today)

        #expect(outcome.exitCode == 1)
        let wrong = mistyped("32082119900501201").last!
        let right = residentID("32082119900501201").last!
        #expect(
            outcome.output == """
                \(list):7:1: 错误: 「=城西」报了 1 人，每个单位应为 5 人 [unit-size]
                \(list):7:1: 错误: 「=城西」只有 1 人来自村社区或窗口前台，至少应有 2 人 [too-few-frontline]
                \(list):7:31: 错误: 身份证号码的校验位应为 \(right)，写的是 \(wrong)：号码有误，请核对 [id-check-digit]
                \(list): 6 人，2 个单位；3 个错误，0 个警告

                """)
        let summary = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out + "/报名汇总表.csv")))
        #expect(summary.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(
            String(decoding: summary.dropFirst(3), as: UTF8.self)
                == "单位,人数,村社区/窗口前台,问题数\r\n城东<社区>,5,2,0\r\n'=城西,1,1,3\r\n合计,6,3,3\r\n")
        let problems = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out + "/问题清单.csv")))
        #expect(problems.starts(with: [0xEF, 0xBB, 0xBF]))
        let problemText = String(decoding: problems.dropFirst(3), as: UTF8.self)
        #expect(
            problemText.hasPrefix(
                "行,姓名,身份证号码,问题\r\n7,,,「=城西」报了 1 人，每个单位应为 5 人\r\n"))
        #expect(problemText.contains("\r\n7,<b>张三</b>,320821********201\(wrong),身份证号码的校验位应为 \(right)"))
        #expect(!problemText.contains("3208211990050120"))
        let page = try String(contentsOf: URL(fileURLWithPath: out + "/报名检查.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"zh-CN\">"))
        #expect(page.contains("@page { size: A4;"))
        #expect(page.contains("&lt;b&gt;张三&lt;/b&gt;"))
        #expect(page.contains("城东&lt;社区&gt;"))
        #expect(!page.contains("<b>张三"))
        #expect(page.contains("320821********201\(wrong)"))
    }

    @Test func aCleanListExitsZeroAndEnglishIsAvailable() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let list = folder + "/list.csv"
        try Data(csv([entryRow()]).utf8).write(to: URL(fileURLWithPath: list))
        let outcome = AdminCommand.run(
            ["registration", "check", list, "--rules", "siyang", "--lang", "en"], today: today)
        #expect(outcome.exitCode == 0)
        #expect(outcome.output == "\(list): 1 entrants, 1 units; 0 errors, 0 warnings\n")
    }

    static let usageErrors: [[String]] = [
        [], ["registration"], ["registration", "check"], ["registration", "check", "a.csv", "--rules", "wuxi"],
        ["registration", "check", "a.csv", "--out"], ["registration", "check", "a.csv", "--frobnicate"],
        ["registration", "check", "a.csv", "b.csv"], ["prelim", "rnak", "a.csv"],
    ]

    @Test(arguments: usageErrors)
    func aUsageErrorExitsTwoWithTheUsage(arguments: [String]) {
        let outcome = AdminCommand.run(arguments, today: today)
        #expect(outcome.exitCode == 2)
        #expect(outcome.errorOutput.contains("quiz-admin registration check FILE"))
    }
}
