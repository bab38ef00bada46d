import ContestCore
import QuestionBank

/// `quiz-admin ledger rate ROSTER`: the certified-on-post rate per centre and overall, and who lacks a certificate.
enum LedgerRateCommand {
    static let entry = AdminCommand.Entry(
        words: ["ledger", "rate"],
        usage: """
              quiz-admin ledger rate ROSTER [--target 80%] [--on 2026-12-31] [--rules FILE] [--out DIR]
                持证率：在岗人员中持有本职业任一等级证书的比例，按中心和合计对照目标（80%、0.8 或 80；
                默认规则文件 ledger.rateTarget），列出尚未取证的人员及是否已过一年期限；
                统计日期默认今天；都达标退出码 0，否则 1；--out DIR 写出 rate.csv、missing.csv 和 持证率.html。
            """,
        options: ["--target", "--on", "--rules", "--out"],
        run: { list, today throws(ArgumentList.UsageError) in try run(list, today: today) })

    static func run(_ list: ArgumentList, today: CalendarDate) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("花名册文件 (ROSTER)")
        let rules = try list.rules().ledger
        var target = rules.rateTarget
        if let text = list.options["--target"] {
            guard let parsed = CertifiedRate.target(text) else {
                throw ArgumentList.UsageError(
                    message: "--target 应写作 80%、0.8 或 80，不超过 100% (--target takes 80%, 0.8 or 80): \(text)")
            }
            target = parsed
        }
        var date = today
        if let text = list.options["--on"] {
            guard let parsed = CalendarDate(written: text) else {
                throw ArgumentList.UsageError(message: "--on 应为日期，如 2026-12-31 (--on takes a date): \(text)")
            }
            date = parsed
        }
        let language = list.language
        let roster = ClerkRoster.read(TableReader.read(path: file), file: file, today: today)
        let rate = CertifiedRate.compute(roster, on: date, target: target, rules: rules)
        var output = roster.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        output += LedgerRatePage.consoleText(rate, file: file, language: language)
        if let directory = list.options["--out"] {
            let files = [
                (LedgerRatePage.rateFileName, LedgerRatePage.rateCSV(rate)),
                (LedgerRatePage.missingFileName, LedgerRatePage.missingCSV(rate)),
                (LedgerRatePage.fileName, Array(LedgerRatePage.html(rate, file: file, language: language).utf8)),
            ]
            if let failure = OutputFolder.write(files, to: directory, language: language) {
                return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
            }
        }
        return AdminCommand.Outcome(exitCode: rate.allReach && !roster.hasErrors ? 0 : 1, output: output)
    }
}
