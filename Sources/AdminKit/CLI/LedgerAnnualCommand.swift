import ContestCore
import QuestionBank

/// `quiz-admin ledger annual ROSTER --year 2025`: each clerk's annual grade and the rule that decided it.
enum LedgerAnnualCommand {
    static let entry = AdminCommand.Entry(
        words: ["ledger", "annual"],
        usage: """
              quiz-admin ledger annual ROSTER --year 2025 [--rules FILE] [--out DIR]
                按花名册中该年的月份列（好/一般/差，暂缓不计）评定每人的年度等次：优秀、称职、基本称职、不称职
                （连续 2 个月差或全年差 3 次），无评定为 未评定；不称职或年底未取证的建议调岗；
                --out DIR 写出 annual.csv 和 年度考核.html。
            """,
        options: ["--year", "--rules", "--out"],
        run: { list, today throws(ArgumentList.UsageError) in try run(list, today: today) })

    static func run(_ list: ArgumentList, today: CalendarDate) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("花名册文件 (ROSTER)")
        guard list.options["--year"] != nil else {
            throw ArgumentList.UsageError(message: "缺少 --year，如 --year 2025 (--year is missing)")
        }
        let year = try list.integer("--year", default: 0)
        guard YearMonth(year: year, month: 1) != nil else {
            throw ArgumentList.UsageError(message: "--year 应写作 2025 (--year is written 2025): \(year)")
        }
        let rules = try list.rules().ledger
        let language = list.language
        let zh = language == .chinese
        let roster = ClerkRoster.read(TableReader.read(path: file), file: file, today: today)
        let grading = AnnualGrading(roster, year: year, rules: rules)
        var output = grading.rosterDiagnostics.map { $0.formatted(language) + "\n" }.joined()
        output += grading.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        for (centre, assessments) in grading.centres {
            output += ([centre] + counts(grading, centre: centre, language)).joined(separator: "\t")
            output +=
                zh
                ? "\t建议调岗 \(assessments.filter(\.suggestsChangeOfPost).count)\n"
                : "\tchange of post \(assessments.filter(\.suggestsChangeOfPost).count)\n"
        }
        let errors = grading.rosterDiagnostics.errorCount() + grading.diagnostics.errorCount()
        let warnings = grading.rosterDiagnostics.warningCount() + grading.diagnostics.warningCount()
        output +=
            "\(file): \(AnnualPage.countsText(grading, zh))"
            + (zh ? "；" : "; ") + ProblemCounts.text(errors: errors, warnings: warnings, zh) + "\n"
        if grading.isBlocked { return AdminCommand.Outcome(exitCode: 1, output: output) }
        if let directory = list.options["--out"] {
            let files = [
                (LedgerSheets.annualFileName, LedgerSheets.annual(grading, language: language)),
                (AnnualPage.fileName, Array(AnnualPage.html(grading, language: language).utf8)),
            ]
            if let failure = OutputFolder.write(files, to: directory, language: language) {
                return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
            }
        }
        return AdminCommand.Outcome(exitCode: grading.hasErrors ? 1 : 0, output: output)
    }

    /// `优秀 1`, `称职 2`, …: the centre's count of each grade.
    static func counts(_ grading: AnnualGrading, centre: String, _ language: Language) -> [String] {
        AnnualPage.graded.map { "\($0.name(language)) \(grading.count(of: $0, in: centre))" }
    }
}
