import Foundation
import Testing

@testable import AdminKit

/// `ledger pay`, `ledger annual` and `ledger rate` run on docs/admin.md's worked example: a small centre's year.
struct LedgerReportCommandTests {
    static let header =
        ["中心", "姓名", "身份证号码", "入职日期", "学历", "证书等级", "取证日期", "试用期"] + (1...12).map { "2025-\($0 < 10 ? "0" : "")\($0)" }
    static let centre = "洋河新区便民服务中心"
    static let rows: [[String]] = [
        [centre, "王小明", residentID("32132419880501001"), "2015-03-01", "本科", "五级;四级", "2019-05-10;2023-06-01", "否"]
            + "好 一般 好 一般 好 一般 好 一般 好 一般 一般 一般".split(separator: " ").map(String.init),
        [centre, "李娟", residentID("32132419920712002"), "2020-04-01", "大专", "五级", "2021-03-01", "否"]
            + "一般 一般 差 差 一般 好 一般 一般 一般 好 一般 一般".split(separator: " ").map(String.init),
        [centre, "张伟", residentID("32132419960305003"), "2024-03-31", "研究生", "五级", "2025-03-20", "否"]
            + "好 一般 好 一般 差 一般 好 一般 一般 一般 一般 一般".split(separator: " ").map(String.init),
        [centre, "陈静", residentID("32132420000918004"), "2025-01-06", "本科", "", "", "是"]
            + "一般 好 好 一般 好 好 一般 好 一般 好 一般 一般".split(separator: " ").map(String.init),
        [centre, "刘洋", residentID("32132419850223005"), "2018-09-01", "中专", "三级", "2022-10-01", "否"]
            + "一般 差 暂缓 差 一般 一般 好 一般 一般 一般 一般 一般".split(separator: " ").map(String.init),
        [centre, "赵敏", residentID("32132419990630006"), "2025-04-07", "大专", "", "", "是", "", "", "", ""]
            + "一般 好 一般 好 一般 一般 一般 一般".split(separator: " ").map(String.init),
    ]

    static func roster() throws -> (folder: String, file: String) {
        let folder = temporaryFolder()
        let file = folder + "/花名册.csv"
        try Data(csv(rows, header: header).utf8).write(to: URL(fileURLWithPath: file))
        return (folder, file)
    }

    /// docs/admin.md, whose worked example must show what the commands print.
    static var documented: String {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            return try String(contentsOf: root.appendingPathComponent("docs/admin.md"), encoding: .utf8)
        }
    }

    static func read(_ path: String) throws -> String {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        return String(decoding: bytes.dropFirst(3), as: UTF8.self)
    }

    @Test func theMarchPaySheet() throws {
        let (folder, file) = try Self.roster()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = AdminCommand.run(
            ["ledger", "pay", file, "--month", "2025-03", "--out", folder + "/三月"], today: today)
        #expect(outcome.exitCode == 0)
        #expect(
            outcome.output == """
                洋河新区便民服务中心\t5 人\t1070 元
                \(file): 2025-03 · 5 人，合计 1070 元；1 人月底前未入职，未列入；0 个错误，0 个警告

                """)
        #expect(try Self.documented.contains(outcome.output.replacingOccurrences(of: file, with: "花名册.csv")))
        let sheet = try Self.read(folder + "/三月/pay.csv")
        #expect(try Self.documented.contains(sheet.replacingOccurrences(of: "\r\n", with: "\n")))
        #expect(sheet.contains("\r\n张伟,100,20,200,320,洋河新区便民服务中心,五级/初级工（2025-03-20 取证）；入职满 1 年；研究生\r\n"))
        #expect(sheet.contains("\r\n陈静,0,0,0,0,洋河新区便民服务中心,未取证；试用期：只发技能补贴\r\n"))
        #expect(sheet.hasSuffix("\r\n合计,550,220,300,1070,,5 人，1 人月底前未入职未列入\r\n"))
        let page = try String(contentsOf: URL(fileURLWithPath: folder + "/三月/补贴发放表.html"), encoding: .utf8)
        #expect(page.contains("<h1>2025 年 3 月综合窗口人员补贴发放表</h1>"))
        #expect(page.contains("制表："))
        #expect(page.contains("审核："))
    }

    @Test func theCertifiedRateAtTheYearsEnd() throws {
        let (folder, file) = try Self.roster()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = AdminCommand.run(["ledger", "rate", file, "--on", "2025-12-31"], today: today)
        #expect(outcome.exitCode == 1)
        #expect(
            outcome.output == """
                洋河新区便民服务中心: 在岗 6 人，持证 4 人，66.7%，未达标
                  未取证：陈静（入职 2025-01-06，在岗 11 个月）
                  未取证：赵敏（入职 2025-04-07，在岗 8 个月）
                \(file): 2025-12-31 合计 6 人在岗，4 人持证，持证率 66.7%，未达到目标 80.0%；1 个中心未达标

                """)
        #expect(try Self.documented.contains(outcome.output.replacingOccurrences(of: file, with: "花名册.csv")))
    }

    @Test func theYearsGrades() throws {
        let (folder, file) = try Self.roster()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = AdminCommand.run(
            ["ledger", "annual", file, "--year", "2025", "--out", folder + "/年度"], today: today)
        #expect(outcome.exitCode == 0)
        #expect(
            outcome.output == """
                洋河新区便民服务中心\t优秀 1\t称职 2\t基本称职 2\t不称职 1\t未评定 0\t建议调岗 3
                \(file): 6 人；花名册 2025 年有 12 个月（2025-01…2025-12）；0 个错误，0 个警告

                """)
        #expect(try Self.documented.contains(outcome.output.replacingOccurrences(of: file, with: "花名册.csv")))
        let annual = try Self.read(folder + "/年度/annual.csv")
        #expect(try Self.documented.contains(annual.replacingOccurrences(of: "\r\n", with: "\n")))
        let grades = annual.split(separator: "\r\n").map {
            $0.split(separator: ",").prefix(2).joined(separator: ",")
        }
        #expect(grades == ["姓名,年度等次", "王小明,优秀", "李娟,不称职", "张伟,基本称职", "陈静,称职", "刘洋,基本称职", "赵敏,称职"])
        let page = try String(contentsOf: URL(fileURLWithPath: folder + "/年度/年度考核.html"), encoding: .utf8)
        #expect(page.contains("<h1>2025 年度综合窗口人员考核等次</h1>"))
    }

    @Test(arguments: [
        ["ledger", "pay", "花名册.csv"], ["ledger", "pay", "花名册.csv", "--month", "2025-13"],
        ["ledger", "annual", "花名册.csv"], ["ledger", "annual", "花名册.csv", "--year", "二〇二五"],
        ["ledger", "pay", "--month", "2025-03"],
    ])
    func aMissingOrBadOptionIsAUsageError(arguments: [String]) {
        #expect(AdminCommand.run(arguments, today: today).exitCode == 2)
    }

    @Test func anEmptyFileIsAProblemNotACrash() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/空.csv"
        try Data().write(to: URL(fileURLWithPath: file))
        for words in [["ledger", "pay", file, "--month", "2025-03"], ["ledger", "annual", file, "--year", "2025"]] {
            let outcome = AdminCommand.run(words + ["--out", folder + "/out"], today: today)
            #expect(outcome.exitCode == 1, "\(words[1])")
            #expect(!FileManager.default.fileExists(atPath: folder + "/out"), "\(words[1])")
        }
    }
}
