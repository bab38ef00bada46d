import Foundation
import Testing

@testable import AdminKit

/// The worked example of `docs/admin.md`'s ledger check / rate section, run as printed there.
struct LedgerExampleTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 2)!
    static let (centreA, centreB) = ("宿城区政务服务中心", "耿车镇便民服务中心")

    static let roster = csv(
        [
            [
                centreA, "王小明", "32130219900501001X", "2020-03-01", "本科", "五级;四级", "2021-03-01;2023-06-01", "否", "好",
                "好", "一般",
            ],
            [centreA, "李华", "321302199503120027", "2022-07-01", "大专", "五级", "2023-05-10", "否", "好", "一般", "好"],
            [centreA, "张伟", "321302198808150038", "2023-08-15", "大专", "五级", "2024-03-01", "否", "一般", "一般", "暂缓"],
            [centreA, "陈静", "321302199806200040", "2026-03-01", "本科", "", "", "是", "", "", "一般"],
            [centreA, "刘洋", "321302199701050058", "2024-09-01", "高中", "", "", "否", "一般", "差", "一般"],
            [centreB, "赵敏", "321302199202100065", "2019-05-01", "大专", "五级", "2020-01-10", "否", "好", "一般", "一般"],
            [centreB, "孙丽", "321302199311180076", "2021-09-01", "本科", "四级", "2022-11-20", "否", "一般", "好", "一般"],
            [centreB, "周强", "321302199607070087", "2023-02-01", "大专", "五级", "2023-12-01", "否", "一般", "一般", "好"],
        ],
        header: ["中心", "姓名", "身份证号码", "入职日期", "学历", "证书等级", "取证日期", "试用期", "2026-01", "2026-02", "2026-03"])

    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/admin.md")

    @Test func theDocumentedRunsPrintWhatTheDocsShow() throws {
        let folder = temporaryFolder() + "/"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(Self.roster.utf8).write(to: URL(fileURLWithPath: folder + "花名册.csv"))
        try Data(csv([[Self.centreA, "县级", "5"], [Self.centreB, "乡镇", "4"]], header: ["中心", "类型", "综合窗口数"]).utf8)
            .write(to: URL(fileURLWithPath: folder + "中心.csv"))
        let docs = try String(contentsOf: Self.docs, encoding: .utf8)
        /// A run whose paths are in the folder, printed relative to it as the docs show them.
        func run(_ words: String...) -> AdminCommand.Outcome {
            let files: Set<String> = ["花名册.csv", "中心.csv", "台账检查", "持证率"]
            var outcome = AdminCommand.run(words.map { files.contains($0) ? folder + $0 : $0 }, today: Self.day)
            outcome.output = outcome.output.replacingOccurrences(of: folder, with: "")
            return outcome
        }
        let check = run("ledger", "check", "花名册.csv", "--centres", "中心.csv", "--out", "台账检查")
        #expect(check.exitCode == 1)
        #expect(docs.contains("--out 台账检查\n" + check.output + "$ echo $?\n1\n"))
        let rate = run("ledger", "rate", "花名册.csv", "--on", "2026-12-31", "--out", "持证率")
        #expect(rate.exitCode == 1)
        #expect(docs.contains("--out 持证率\n" + rate.output + "$ echo $?\n1\n"))
        for name in ["rate.csv", "missing.csv"] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "持证率/" + name))
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            #expect(docs.contains("$ cat 持证率/\(name)\n" + text), "\(name)")
        }
        #expect(run("ledger", "rate", "花名册.csv", "--target", "75%").exitCode == 1)
        #expect(FileManager.default.fileExists(atPath: folder + "台账检查/台账检查.html"))
    }
}
