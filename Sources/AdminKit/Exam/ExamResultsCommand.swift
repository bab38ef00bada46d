import ContestCore
import ContestServer
import ExamCore

/// `quiz-admin exam results DATA`: the exam day's theory, per-question and practical results and the ranking files.
enum ExamResultsCommand {
    static let entry = AdminCommand.Entry(
        words: ["exam", "results"],
        usage: """
              quiz-admin exam results DATA [--out DIR]
                从 quiz-server --exam 的数据目录重建考试日：理论成绩（客观题、主观题、是否合格、交卷时间、答题用时、名次）、
                每题统计（命题组用）、实操成绩和评分表，以及 composite rank 与 prelim rank 可直接读取的 综合成绩.csv、初赛成绩.csv；
                未交卷、未评完、未签字的留空并逐条警告（成绩为暂定，退出码仍为 0）；--out DIR 默认 考试成绩。
            """,
        options: ["--out"],
        run: { list, _ throws(ArgumentList.UsageError) in try run(list, read: read) })

    static let defaultFolder = "考试成绩"

    /// The day the server's data folder holds, or its reader's message as the command's error.
    static func read(_ directory: String) -> Result<ExamDay, ResultsProblem> {
        ExamDataFolder.read(directory).mapError {
            .unreadableData(chinese: $0.message(.chinese), english: $0.message(.english))
        }
    }

    /// Reads the day with `read` (the data folder's journal replayed), writes every file, prints what is missing.
    ///
    /// Warnings keep the exit status 0: the results are written, provisional, and say so. A folder
    /// that cannot be read is an error (exit 1) and nothing is written.
    static func run(
        _ list: ArgumentList, read: (String) -> Result<ExamDay, ResultsProblem>
    ) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let directory = try list.file("数据目录 (DATA)")
        let language = list.language
        let zh = language == .chinese
        let day: ExamDay
        switch read(directory) {
        case .success(let read): day = read
        case .failure(let problem):
            let line = ResultsDiagnostic(file: directory, location: nil, problem: problem).formatted(language)
            let counts = ProblemCounts.text(errors: 1, warnings: 0, zh)
            return AdminCommand.Outcome(
                exitCode: 1,
                output: line + "\n"
                    + (zh ? "\(directory)：\(counts)；未写出成绩\n" : "\(directory): \(counts); nothing written\n"))
        }
        let results = ExamResults(day, source: directory)
        var output = results.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        let out = list.options["--out"] ?? defaultFolder
        let files = self.files(results, day: day, language: language)
        if let failure = OutputFolder.write(files, to: out, language: language) {
            return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
        }
        let counts = ProblemCounts.text(
            errors: results.diagnostics.errorCount(), warnings: results.diagnostics.warningCount(), zh)
        let names = files.map(\.name).joined(separator: zh ? "、" : ", ")
        let provisional = results.isFinal ? "" : (zh ? "；成绩为暂定" : "; the results are provisional")
        output +=
            zh
            ? "\(directory)：\(results.countsText(zh))；\(counts)\(provisional)；已写出到 \(out)：\(names)\n"
            : "\(directory): \(results.countsText(zh)); \(counts)\(provisional); wrote to \(out): \(names)\n"
        return AdminCommand.Outcome(exitCode: 0, output: output)
    }

    /// Every file of `--out`: the sheets in Chinese headers, the pages in the run's language.
    static func files(_ results: ExamResults, day: ExamDay, language: Language) -> [(name: String, bytes: [UInt8])] {
        [
            (ExamResultsSheets.theoryFileName, ExamResultsSheets.theory(results)),
            (TheoryResultsPage.fileName, Array(TheoryResultsPage.html(results, language: language).utf8)),
            (ExamResultsSheets.questionsFileName, ExamResultsSheets.questions(results)),
            (QuestionStatisticsPage.fileName, Array(QuestionStatisticsPage.html(results, language: language).utf8)),
            (ExamResultsSheets.practicalFileName, ExamResultsSheets.practical(results)),
            (PracticalResultsPage.fileName, Array(PracticalResultsPage.html(results, language: language).utf8)),
            (
                PracticalSheetPage.fileName,
                Array(PracticalSheetPage.html(day.practical, title: results.title, language: language).utf8)
            ),
            (ExamResultsSheets.compositeFileName, ExamResultsSheets.composite(results)),
            (ExamResultsSheets.prelimFileName, ExamResultsSheets.prelim(results)),
        ]
    }
}
