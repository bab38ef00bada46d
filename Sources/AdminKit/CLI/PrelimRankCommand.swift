import ContestCore
import QuestionBank

/// `quiz-admin prelim rank`: individual awards, unit totals, the finalists and the final's contest file.
enum PrelimRankCommand {
    static let entry = AdminCommand.Entry(
        words: ["prelim", "rank"],
        usage: """
              quiz-admin prelim rank SCORES [--out DIR] [--tie-break FILE] [--final-template CONTEST] [--rules FILE]
                初赛排名：个人奖项（一等奖 1、二等奖 3、三等奖 6、优秀奖 10），单位总分前 8 名晋级，每队前 3 名队员；
                跨越分界的并列逐条报告（退出码 1），--tie-break 记录组委会的决定；
                --out DIR 写出 individual.csv、teams.csv、初赛成绩.html 和 final-contest.json（quiz-server --contest 可直接运行）。
            """,
        options: ["--out", "--tie-break", "--final-template", "--rules"],
        run: { list, _ throws(ArgumentList.UsageError) in try run(list) })

    static func run(_ list: ArgumentList) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("成绩文件 (SCORES)")
        let rules = try list.rules()
        let (decisions, decisionProblems) = tieBreak(list)
        var report = PrelimRank.run(
            TableReader.read(path: file), file: file, rules: rules.prelimRank, decisions: decisions,
            decisionFile: list.options["--tie-break"] ?? "")
        report.diagnostics = decisionProblems + report.diagnostics
        var template = FinalContest.demoTemplate
        if let path = list.options["--final-template"] {
            let read = FinalContest.template(path: path)
            report.diagnostics += read.diagnostics
            if let config = read.config { template = config } else { report.finalists = nil }
        }
        var final: ContestConfig?
        if let finalists = report.finalists {
            let config = FinalContest.config(finalists, template: template)
            let problems = config.problems()
            report.diagnostics += problems.map {
                RankDiagnostic(file: PrelimSheets.finalFileName, location: nil, problem: .template($0))
            }
            if problems.isEmpty { final = config }
        }
        let language = list.language
        var output = report.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        output += "\(file): \(report.countsText(language == .chinese))\n"
        if let directory = list.options["--out"] {
            var files = [
                (PrelimSheets.individualFileName, PrelimSheets.individual(report)),
                (PrelimSheets.teamsFileName, PrelimSheets.teams(report)),
                (PrelimPage.fileName, Array(PrelimPage.html(report, language: language).utf8)),
            ]
            if let final { files.append((PrelimSheets.finalFileName, FinalContest.bytes(final))) }
            if let failure = OutputFolder.write(files, to: directory, language: language) {
                return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
            }
            if final == nil {
                output +=
                    language == .chinese
                    ? "未写出 \(PrelimSheets.finalFileName)：晋级单位或队员尚未确定\n"
                    : "\(PrelimSheets.finalFileName) not written: the finalists are not settled yet\n"
            }
        }
        return AdminCommand.Outcome(exitCode: report.hasErrors ? 1 : 0, output: output)
    }

    /// The decisions of `--tie-break FILE`, and the problems reading it.
    static func tieBreak(_ list: ArgumentList) -> ([TieDecision], [RankDiagnostic]) {
        guard let path = list.options["--tie-break"] else { return ([], []) }
        let read = TieBreakFile.read(TableReader.read(path: path), file: path)
        return (read.decisions, read.diagnostics)
    }
}
