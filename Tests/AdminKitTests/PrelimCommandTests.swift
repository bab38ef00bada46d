import ContestCore
import ExamCore
import Foundation
import Testing

@testable import AdminKit

struct PrelimCommandTests {
    /// A folder with the golden test's bank and own file and a blueprint naming the bank by a relative path.
    static func setUp(_ folder: String, bank: String = PrelimGoldenTests.bank) throws -> (String, String) {
        try FileManager.default.createDirectory(atPath: folder + "/题库", withIntermediateDirectories: true)
        _ = try write(bank, to: folder, "题库/小题库.json")
        let own = try write(PrelimGoldenTests.own, to: folder, "自有题.json")
        let blueprint = try write(
            PrelimGoldenTests.blueprintText.replacingOccurrences(
                of: #""instructions": []"#, with: #""banks": ["题库/小题库.json"]"#),
            to: folder, "蓝图.json")
        return (blueprint, own)
    }

    @Test func aRunWritesThePaperTheKeyAndTheJSON() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (blueprint, own) = try Self.setUp(folder)
        let out = folder + "/试卷"

        let outcome = AdminCommand.run(
            ["prelim", "paper", blueprint, "--own", own, "--seed", "2024", "--out", out], today: today)

        #expect(outcome.exitCode == 0)
        #expect(
            outcome.output == """
                \(folder)/题库/小题库.json：5 题（单选题 2，判断题 1，填空题 1，论述题 1），0 个错误，0 个警告（UTF-8）
                \(own)：1 题（单选题 1），0 个错误，0 个警告（UTF-8）
                \(out)：5 题，满分 14.5 分（题库 4，自有题 1），种子 2024；已写出 试卷.html、答案.html、paper.json

                """)
        let json = try Data(contentsOf: URL(fileURLWithPath: out + "/paper.json"))
        let paper = try JSONDecoder().decode(WrittenPaper.self, from: json)
        #expect(paper.items.map(\.id) == ["S-2", "O-1", "T-1", "F-1", "E-1"])
        #expect(paper.items[0].file == "\(folder)/题库/小题库.json")
        let sheet = try String(contentsOfFile: out + "/试卷.html", encoding: .utf8)
        #expect(sheet.contains("一、单选题（每题 1 分，共 2 分）"))
        #expect(sheet.contains("三、填空题（每题 1.5 分，共 1.5 分）"))
        #expect(sheet.contains("准考证号"))
        #expect(!sheet.contains("跑腿") && !sheet.contains("帮办") && !sheet.contains("重在措施"), "no answer on the paper")
        let key = try String(contentsOfFile: out + "/答案.html", encoding: .utf8)
        #expect(key.contains("跑腿") && key.contains("<li>帮办</li>") && key.contains("种子 2024"))
    }

    @Test func withoutASeedTheRunIsAUsageError() {
        let outcome = AdminCommand.run(["prelim", "paper", "蓝图.json"], today: today)
        #expect(outcome.exitCode == 2)
        #expect(outcome.errorOutput.hasPrefix("缺少 --seed"))
        #expect(AdminCommand.run(["prelim", "paper", "蓝图.json", "--seed", "-1"], today: today).exitCode == 2)
    }

    @Test func aBankWithErrorsStopsTheDrawInTheBankToolsWords() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let broken = PrelimGoldenTests.bank.replacingOccurrences(of: #""answer": "B""#, with: #""answer": "E""#)
        let (blueprint, own) = try Self.setUp(folder, bank: broken)

        let outcome = AdminCommand.run(
            ["prelim", "paper", blueprint, "--own", own, "--seed", "1", "--out", folder + "/试卷"], today: today)

        #expect(outcome.exitCode == 1)
        #expect(outcome.output.contains("[answer-not-in-options]"))
        #expect(
            outcome.output.hasSuffix("\(blueprint): 错误: 题库有 1 个错误，未出卷：请先改正（quiz-server bank check） [bank-has-errors]\n")
        )
        #expect(!FileManager.default.fileExists(atPath: folder + "/试卷"))
    }

    @Test func bankOptionsReplaceTheBlueprintsBanksAndMayRepeat() throws {
        let words = ["a.json", "--bank", "x.json", "--bank", "y.docx", "--seed", "1"]
        let list = try ArgumentList(words, options: PrelimPaperCommand.entry.options)
        #expect(
            PrelimPaperCommand.bankFiles(list, blueprint: .standard, blueprintFile: "a.json") == ["x.json", "y.docx"])
        var blueprint = PaperBlueprint()
        blueprint.banks = ["题库.docx", "/abs/题库.xlsx"]
        let plain = try ArgumentList(["场次/a.json"], options: [])
        #expect(
            PrelimPaperCommand.bankFiles(plain, blueprint: blueprint, blueprintFile: "场次/a.json") == [
                "场次/题库.docx", "/abs/题库.xlsx",
            ])
        #expect(
            PrelimPaperCommand.bankFiles(plain, blueprint: .standard, blueprintFile: "a.json") == [
                "question-banks/demo.json"
            ])
    }
}
