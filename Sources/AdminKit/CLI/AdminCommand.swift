import ContestCore
import Foundation
import QuestionBank

/// `quiz-admin`'s commands, parsed and run; the executable only supplies today's date and prints.
///
/// ```
/// $ quiz-admin registration check 报名表.csv --rules jiangyin --out 报名检查
/// 报名表.csv:2:1: 错误: 「城东社区」报了 4 人，每个单位应为 5 人 [unit-size]
/// 报名表.csv:4:25: 错误: 身份证号码的校验位应为 9，写的是 0：号码有误，请核对 [id-check-digit]
/// …
/// 报名表.csv: 5 人，2 个单位；7 个错误，0 个警告
/// ```
public enum AdminCommand {
    /// What a run printed and how it ended: 0 all good, 1 problems found, 2 a usage error.
    public struct Outcome: Sendable {
        public var exitCode: Int32
        public var output: String
        public var errorOutput: String
    }

    public static let usage = """
        用法 usage: quiz-admin registration check FILE [--rules siyang|jiangyin] [--out DIR] [--lang en]
          检查报名表（CSV 或 .xlsx）：身份证号码、性别、出生年月、联系电话、重复；
          --rules jiangyin 每单位 5 人且至少 2 人来自村社区或窗口前台；
          --rules siyang 非编窗口前台人员、养老保险满 1 年、工龄满 1 年或持四级证书；
          --out DIR 写出 报名汇总表.csv、问题清单.csv 和 报名检查.html。
        """

    public static func run(_ arguments: [String], today: CalendarDate) -> Outcome {
        guard arguments.count >= 3, arguments[0] == "registration", arguments[1] == "check" else {
            return usageError(arguments.isEmpty ? nil : "未知命令 unknown command: \(arguments.joined(separator: " "))")
        }
        var file: String?
        var rules: RegistrationRules?
        var outDirectory: String?
        var language = Language.chinese
        var rest = arguments.dropFirst(2).makeIterator()
        while let argument = rest.next() {
            switch argument {
            case "--rules":
                guard let value = rest.next(), let parsed = RegistrationRules(rawValue: value) else {
                    return usageError("--rules 应为 siyang 或 jiangyin (--rules takes siyang or jiangyin)")
                }
                rules = parsed
            case "--out":
                guard let value = rest.next() else { return usageError("--out 需要一个文件夹 (--out takes a folder)") }
                outDirectory = value
            case "--lang":
                guard let value = rest.next(), let parsed = value == "zh" ? .chinese : Language(rawValue: value) else {
                    return usageError("--lang 应为 zh 或 en (--lang takes zh or en)")
                }
                language = parsed
            default:
                guard !argument.hasPrefix("--"), file == nil else {
                    return usageError("未知参数 unknown argument: \(argument)")
                }
                file = argument
            }
        }
        guard let file else { return usageError("缺少报名表文件 (FILE is missing)") }
        let report = RegistrationCheck.run(TableReader.read(path: file), file: file, rules: rules, today: today)
        var output = report.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        output += "\(file): \(RegistrationPage.countsText(report, language == .chinese))\n"
        if let outDirectory {
            do {
                try write(report, to: outDirectory, language: language)
            } catch {
                let message =
                    language == .chinese
                    ? "\(outDirectory): 错误: 无法写出结果：\(error.localizedDescription)\n"
                    : "\(outDirectory): error: cannot write the results: \(error.localizedDescription)\n"
                return Outcome(exitCode: 1, output: output, errorOutput: message)
            }
        }
        return Outcome(exitCode: report.hasErrors ? 1 : 0, output: output, errorOutput: "")
    }

    /// The three files of `--out`, each written atomically, the folder made if needed.
    public static func write(_ report: RegistrationReport, to directory: String, language: Language) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let folder = directory.hasSuffix("/") ? directory : directory + "/"
        try AtomicFile.write(RegistrationSheets.summary(report), to: folder + RegistrationSheets.summaryFileName)
        try AtomicFile.write(
            RegistrationSheets.problems(report, language: language), to: folder + RegistrationSheets.problemsFileName)
        try AtomicFile.write(
            Array(RegistrationPage.html(report, language: language).utf8), to: folder + RegistrationPage.fileName)
    }

    private static func usageError(_ message: String?) -> Outcome {
        Outcome(exitCode: 2, output: "", errorOutput: (message.map { $0 + "\n" } ?? "") + usage + "\n")
    }
}
