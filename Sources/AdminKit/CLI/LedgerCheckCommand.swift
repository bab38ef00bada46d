import ContestCore
import QuestionBank

/// `quiz-admin ledger check ROSTER`: hiring conditions, the monthly 好 quota, staffing and certificates due.
enum LedgerCheckCommand {
    static let entry = AdminCommand.Entry(
        words: ["ledger", "check"],
        usage: """
              quiz-admin ledger check ROSTER [--centres FILE] [--rules FILE] [--out DIR]
                综合窗口办事员花名册检查：入职条件（35 周岁以下、大专及以上、入职一年内取得五级证书，
                未到期的提醒）、每个中心每月评为好的不超过 20%；--centres FILE（中心、类型、综合窗口数）
                检查窗口配备（每窗口至少 1 人，县级 ≥ 20、乡镇 ≥ 4、街道 ≥ 6 个窗口）；
                --out DIR 写出 ledger-check.csv 和 台账检查.html。
            """,
        options: ["--centres", "--rules", "--out"],
        run: { list, today throws(ArgumentList.UsageError) in try run(list, today: today) })

    static func run(_ list: ArgumentList, today: CalendarDate) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("花名册文件 (ROSTER)")
        let rules = try list.rules().ledger
        let language = list.language
        if let problem = LedgerCheck.rulesProblem(rules, language: language) {
            throw ArgumentList.UsageError(message: problem)
        }
        let roster = ClerkRoster.read(TableReader.read(path: file), file: file, today: today)
        let centres = list.options["--centres"].map { path in
            CentreList.read(TableReader.read(path: path), file: path, kinds: rules.windowMinimums.map(\.kind))
        }
        let report = LedgerCheck.run(roster, centres: centres, rules: rules, today: today)
        let zh = language == .chinese
        var output = roster.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        output += report.entries.map { $0.diagnostic.formatted(language) + "\n" }.joined()
        if centres?.isRead != true { output += LedgerCheckPage.staffingText(report, zh) + "\n" }
        output += "\(file): \(LedgerCheckPage.countsText(report, zh))\n"
        if let directory = list.options["--out"] {
            let files = [
                (LedgerCheckPage.csvFileName, LedgerCheckPage.csv(report, language: language)),
                (LedgerCheckPage.fileName, Array(LedgerCheckPage.html(report, language: language).utf8)),
            ]
            if let failure = OutputFolder.write(files, to: directory, language: language) {
                return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
            }
        }
        return AdminCommand.Outcome(exitCode: report.hasErrors ? 1 : 0, output: output)
    }
}
