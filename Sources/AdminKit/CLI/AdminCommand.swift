import ContestCore

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

        public init(exitCode: Int32, output: String, errorOutput: String = "") {
            (self.exitCode, self.output, self.errorOutput) = (exitCode, output, errorOutput)
        }
    }

    /// One command: the words that name it, its usage lines, the options it takes, and its logic.
    struct Entry: Sendable {
        var words: [String]
        var usage: String
        var options: Set<String>
        var flags: Set<String> = []
        var run: @Sendable (ArgumentList, CalendarDate) throws(ArgumentList.UsageError) -> Outcome
    }

    static let entries: [Entry] = [
        RegistrationCommand.entry, CertificationCommand.entry, PrelimPaperCommand.entry, PrelimRankCommand.entry,
        CompositeRankCommand.entry, FinalReportCommand.entry, CertificatesCommand.entry, LedgerCheckCommand.entry,
        LedgerPayCommand.entry, LedgerAnnualCommand.entry, LedgerRateCommand.entry, LedgerImportCommand.entry,
        ExamSlipsCommand.entry, ExamResultsCommand.entry, RulesCommand.entry,
    ]

    public static var usage: String {
        "用法 usage:\n" + entries.map(\.usage).joined(separator: "\n")
            + "\n所有命令都接受 --lang en（英文输出）。every command takes --lang en for English output."
    }

    public static func run(_ arguments: [String], today: CalendarDate) -> Outcome {
        if arguments.isEmpty || ["help", "--help", "-h"].contains(arguments[0]) {
            return Outcome(
                exitCode: arguments.isEmpty ? 2 : 0, output: arguments.isEmpty ? "" : usage + "\n",
                errorOutput: arguments.isEmpty ? usage + "\n" : "")
        }
        guard let entry = entries.first(where: { arguments.starts(with: $0.words) }) else {
            return usageError("未知命令 unknown command: \(arguments.joined(separator: " "))", usage: usage)
        }
        do throws(ArgumentList.UsageError) {
            let list = try ArgumentList(
                arguments.dropFirst(entry.words.count), options: entry.options, flags: entry.flags)
            return try entry.run(list, today)
        } catch {
            return usageError(error.message, usage: "用法 usage:\n" + entry.usage)
        }
    }

    private static func usageError(_ message: String, usage: String) -> Outcome {
        Outcome(exitCode: 2, output: "", errorOutput: message + "\n" + usage + "\n")
    }
}
