import Foundation
import Testing

@testable import AdminKit

struct RulesFileTests {
    static let refusals: [(String, String, String)] = [
        ("a misspelt key", #"{"registration": {"teamSzie": 4}}"#, "「registration.teamSzie」不是规则项，是否想写「teamSize」？"),
        ("an unknown section", #"{"registrations": {}}"#, "「registrations」不是规则项，是否想写「registration」？"),
        ("text for a number", #"{"registration": {"teamSize": "五"}}"#, "「registration.teamSize」的取值类型不对"),
        ("an object for a number", #"{"registration": {"teamSize": {"min": 4}}}"#, "「registration.teamSize」的取值类型不对"),
        ("not JSON", "teamSize = 4", "规则文件不是有效的 JSON"),
    ]

    @Test(arguments: refusals)
    func aBrokenRulesFileIsRefusedNamingTheKey(label: String, text: String, expected: String) {
        guard case .failure(let error) = AdminRules.decode(Array(text.utf8), file: "规则.json") else {
            Issue.record("\(label): accepted")
            return
        }
        #expect(error.message(.chinese).hasPrefix("规则.json: 错误: " + expected), "\(label)")
    }

    @Test func keysLeftOutKeepTheirDefaults() throws {
        let text = "\u{FEFF}" + #"{"registration": {"teamSize": 4, "minimumFrontline": 1}}"#
        let rules = try AdminRules.decode(Array(text.utf8), file: "规则.json").get()
        var expected = RegistrationRules.none
        (expected.teamSize, expected.minimumFrontline) = (4, 1)
        #expect(rules.registration == expected)
        #expect(try AdminRules.decode(Array("{}".utf8), file: "规则.json").get() == .standard)
    }

    @Test func theDefaultsPrintedReadBackAsTheDefaults() throws {
        let rules = try AdminRules.decode(Array(AdminRules.standardText.utf8), file: "rules.json").get()
        #expect(rules == .standard)
        #expect(AdminRules.standardText.contains("\"photoMaximumKB\" : 20"))
    }

    @Test func registrationTakesItsRulesFromAFile() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rulesFile = folder + "/规则.json"
        try Data(#"{"registration": {"teamSize": 2}}"#.utf8).write(to: URL(fileURLWithPath: rulesFile))
        let list = folder + "/报名表.csv"
        try Data(csv([entryRow()]).utf8).write(to: URL(fileURLWithPath: list))

        let outcome = AdminCommand.run(["registration", "check", list, "--rules", rulesFile], today: today)

        #expect(outcome.exitCode == 1)
        #expect(outcome.output.contains("「城东社区」报了 1 人，每个单位应为 2 人 [unit-size]"))
        let broken = AdminCommand.run(["registration", "check", list, "--rules", folder + "/无此文件.json"], today: today)
        #expect(broken.exitCode == 2)
        #expect(broken.errorOutput.contains("无此文件.json: 错误: 无法读取规则文件"))
    }

    @Test func rulesCheckSaysWhetherAFileIsFine() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let good = folder + "/good.json"
        let bad = folder + "/bad.json"
        try Data(AdminRules.standardText.utf8).write(to: URL(fileURLWithPath: good))
        try Data(#"{"registration": {"teamSzie": 4}}"#.utf8).write(to: URL(fileURLWithPath: bad))
        #expect(AdminCommand.run(["rules", "check", good], today: today).exitCode == 0)
        let outcome = AdminCommand.run(["rules", "check", bad, "--lang", "en"], today: today)
        #expect(outcome.exitCode == 1)
        #expect(outcome.output == "\(bad): error: registration.teamSzie: no such rule; did you mean teamSize?\n")
        #expect(AdminCommand.run(["rules", "show"], today: today).output == AdminRules.standardText)
    }
}
