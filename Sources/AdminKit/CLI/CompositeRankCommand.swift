import ContestCore
import QuestionBank

/// `quiz-admin composite rank`: the 泗阳 rule's ranking, prizes, titles and certificates.
enum CompositeRankCommand {
    static let entry = AdminCommand.Entry(
        words: ["composite", "rank"],
        usage: """
              quiz-admin composite rank FILE [--out DIR] [--tie-break FILE] [--rules FILE]
                综合排名（泗阳规则）：总成绩 = 理论 × 50% + 实操 × 50%，同分比理论、再比用时；一等奖 1、二等奖 2、三等奖 3，
                1–3 名创新能手、4–6 名技术能手；两部分均及格者发四级证书（近 4 年已取得四级或以上者除外）；
                --out DIR 写出 composite.csv 和 综合成绩.html。
            """,
        options: ["--out", "--tie-break", "--rules"],
        run: { list, today throws(ArgumentList.UsageError) in try run(list, today: today) })

    static func run(_ list: ArgumentList, today: CalendarDate) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("成绩文件 (FILE)")
        let rules = try list.rules()
        let (decisions, decisionProblems) = PrelimRankCommand.tieBreak(list)
        var report = CompositeRank.run(
            TableReader.read(path: file), file: file, rules: rules.composite, today: today, decisions: decisions,
            decisionFile: list.options["--tie-break"] ?? "")
        report.diagnostics = decisionProblems + report.diagnostics
        let language = list.language
        var output = report.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        output += "\(file): \(report.countsText(language == .chinese))\n"
        if let directory = list.options["--out"] {
            let files = [
                (CompositeSheets.fileName, CompositeSheets.composite(report)),
                (CompositePage.fileName, Array(CompositePage.html(report, language: language).utf8)),
            ]
            if let failure = OutputFolder.write(files, to: directory, language: language) {
                return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
            }
        }
        return AdminCommand.Outcome(exitCode: report.hasErrors ? 1 : 0, output: output)
    }
}
