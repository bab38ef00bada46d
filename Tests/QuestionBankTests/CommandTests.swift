import Foundation
import Testing

@testable import QuestionBank

@Test(arguments: [
    (["check", "a.json"], BankCommand.check(files: ["a.json"], language: .chinese)),
    (["check", "a.json", "b.csv", "--lang", "en"], .check(files: ["a.json", "b.csv"], language: .english)),
    (["--lang", "en", "stats", "a.json"], .stats(files: ["a.json"], language: .english)),
    (
        ["convert", "a.csv", "b.json"],
        .convert(input: "a.csv", output: "b.json", headerLanguage: .chinese, language: .chinese)
    ),
    (
        ["convert", "a.json", "b.tsv", "--header", "en"],
        .convert(input: "a.json", output: "b.tsv", headerLanguage: .english, language: .chinese)
    ),
    (["check", "--", "-odd.json"], .check(files: ["-odd.json"], language: .chinese)),
])
func bankCommandLinesParse(arguments: [String], expected: BankCommand) throws {
    #expect(try BankCommand.parse(arguments) == expected)
}

@Test(arguments: [
    ([], UsageError.Reason.missingSubcommand), (["lint", "a.json"], .unknownSubcommand("lint")),
    (["check"], .missingFiles("check")), (["stats"], .missingFiles("stats")),
    (["convert", "a.csv"], .convertNeedsTwoFiles),
    (["convert", "a.csv", "b.json", "c.json"], .convertNeedsTwoFiles),
    (["convert", "a.csv", "b.pdf"], .unknownOutputFormat("b.pdf")),
    (["check", "--verbose", "a.json"], .unknownOption("--verbose")),
    (["check", "a.json", "--lang"], .badOptionValue("--lang")),
    (["check", "a.json", "--lang", "fr"], .badOptionValue("--lang")),
])
func badCommandLinesAreUsageErrors(arguments: [String], reason: UsageError.Reason) {
    #expect(throws: UsageError(reason)) { try BankCommand.parse(arguments) }
}

@Test func usageErrorsExitWithTwoAndPrintTheUsage() {
    let result = BankTool.run(["convert", "only-one.csv", "--lang", "en"])
    #expect(result.exitCode == 2)
    #expect(result.errors.hasPrefix("quiz-server bank: usage error: convert takes an input and an output file\nusage:"))
}

@Test func helpPrintsTheUsageAndSucceeds() {
    let result = BankTool.run(["--help", "--lang", "en"])
    #expect(result.exitCode == 0)
    #expect(result.output.hasPrefix("usage: quiz-server bank check FILE..."))
}

@Test func checkExitsWithOneWhenAnyFileHasAnError() throws {
    let folder = temporaryDirectory()
    let good = folder + "/good.csv"
    let bad = folder + "/bad.csv"
    try csv(header, "Q1,单选,题干？,甲,乙,丙,丁,B,c,1").write(toFile: good, atomically: true, encoding: .utf8)
    try csv(header, "Q1,单选,题干？,甲,乙,丙,丁,E,c,1").write(toFile: bad, atomically: true, encoding: .utf8)
    #expect(BankTool.run(["check", good]).exitCode == 0)
    let result = BankTool.run(["check", good, bad, "--lang", "en"])
    #expect(result.exitCode == 1)
    #expect(
        result.errors == "\(bad):2:19: error: answer E is not among the options (A–D only) [answer-not-in-options]\n")
    #expect(
        result.output == """
            \(good): 1 questions (single 1), 0 error(s), 0 warning(s) (UTF-8)
            \(bad): 0 questions, 1 error(s), 0 warning(s) (UTF-8)

            """)
}

@Test func convertWritesTheOutputOnlyWhenTheInputIsValid() throws {
    let folder = temporaryDirectory()
    try csv(header, "Q1,判断,题干。,,,,,√,c,1").write(toFile: folder + "/in.csv", atomically: true, encoding: .utf8)
    try csv(header, "Q1,判断,题干。,,,,,?,c,1").write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
    let converted = BankTool.run(["convert", folder + "/in.csv", folder + "/out.json"])
    #expect(converted.exitCode == 0)
    let written = BankLoader.load(path: folder + "/out.json")
    #expect(written.bank.questions.first?.answer == .truth(true))
    #expect(written.bank.title == "in")
    let refused = BankTool.run(["convert", folder + "/bad.csv", folder + "/never.json"])
    #expect(refused.exitCode == 1)
    #expect(!FileManager.default.fileExists(atPath: folder + "/never.json"))
}

@Test func statsCountTypesDifficultiesAndCategories() throws {
    let folder = temporaryDirectory()
    let file = folder + "/s.csv"
    try csv(header, "Q1,单选,题干一？,甲,乙,丙,丁,B,窗口,1", "Q2,判断,题干二。,,,,,对,窗口,3", "Q3,判断,题干三。,,,,,错,礼仪,3")
        .write(toFile: file, atomically: true, encoding: .utf8)
    let result = BankTool.run(["stats", file, "--lang", "en"])
    #expect(result.exitCode == 0)
    #expect(
        result.output == """
            == \(file) ==
            questions: 3
            types: single-choice 1, multiple-choice 0, true/false 2, fill-in-the-blank 0, short-answer 0, essay 0
            difficulty: easy 1, medium 0, hard 2
            categories: 窗口 2, 礼仪 1

            """)
}
