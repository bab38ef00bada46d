import ContestCore
import QuestionBank

/// `quiz-admin ledger pay ROSTER --month 2025-03`: each clerk's subsidies for the month, per centre and in all.
enum LedgerPayCommand {
    static let entry = AdminCommand.Entry(
        words: ["ledger", "pay"],
        usage: """
              quiz-admin ledger pay ROSTER --month 2025-03 [--rules FILE] [--out DIR]
                按花名册（中心、姓名、身份证号码、入职日期、学历、证书等级、取证日期、试用期）算每人当月的
                技能补贴（取最高等级）、年限补贴（取证后，按连续工作年限）、学历补贴，按中心小计；
                均以当月最后一天计；--out DIR 写出 pay.csv 和 补贴发放表.html。
            """,
        options: ["--month", "--rules", "--out"],
        run: { list, today throws(ArgumentList.UsageError) in try run(list, today: today) })

    static func run(_ list: ArgumentList, today: CalendarDate) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("花名册文件 (ROSTER)")
        guard let text = list.options["--month"] else {
            throw ArgumentList.UsageError(message: "缺少 --month，如 --month 2025-03 (--month is missing)")
        }
        guard let month = YearMonth(text) else {
            throw ArgumentList.UsageError(message: "--month 应写作 2025-03 (--month is written 2025-03): \(text)")
        }
        let rules = try list.rules().ledger
        let language = list.language
        let zh = language == .chinese
        let roster = ClerkRoster.read(TableReader.read(path: file), file: file, today: today)
        let sheet = PaySheet(roster, month: month, rules: rules)
        var output = sheet.rosterDiagnostics.map { $0.formatted(language) + "\n" }.joined()
        output += sheet.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        for (centre, pays) in sheet.centres {
            let amount = pays.reduce(0) { $0 + $1.total }
            output += "\(centre)\t\(LedgerSheets.headcount(pays.count, zh))\t\(amount) \(zh ? "元" : "yuan")\n"
        }
        let errors = sheet.rosterDiagnostics.errorCount() + sheet.diagnostics.errorCount()
        let warnings = sheet.rosterDiagnostics.warningCount() + sheet.diagnostics.warningCount()
        output +=
            "\(file): \(month) · \(PayPage.countsText(sheet, zh))"
            + (zh ? "；" : "; ") + ProblemCounts.text(errors: errors, warnings: warnings, zh) + "\n"
        if sheet.isBlocked { return AdminCommand.Outcome(exitCode: 1, output: output) }
        if let directory = list.options["--out"] {
            let files = [
                (LedgerSheets.payFileName, LedgerSheets.pay(sheet, language: language)),
                (PayPage.fileName, Array(PayPage.html(sheet, rules: rules, language: language).utf8)),
            ]
            if let failure = OutputFolder.write(files, to: directory, language: language) {
                return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
            }
        }
        return AdminCommand.Outcome(exitCode: sheet.hasErrors ? 1 : 0, output: output)
    }
}
