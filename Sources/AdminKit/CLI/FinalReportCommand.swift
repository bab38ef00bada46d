import ContestCore
import ContestServer
import Foundation

/// `quiz-admin final report DATA`: a finished final's record, from its journal, for print and file.
enum FinalReportCommand {
    static let entry = AdminCommand.Entry(
        words: ["final", "report"],
        usage: """
              quiz-admin final report DATA [--contest FILE [--bank FILE]...] [--out DIR]
                由决赛数据目录（quiz-server --data）的日志重放出名次、奖项、各环节成绩和仲裁记录；
                比赛与题库取数据目录中服务器保存的副本，或 --contest 给出的比赛文件（题库取其 banks，或一个或多个 --bank）；
                只读，不加锁，不改动数据目录；
                --out DIR 写出 audit.csv、scores.csv、awards.csv、journal.sha256 和 决赛报告.html。
            """,
        options: ["--contest", "--bank", "--out"],
        run: { list, _ throws(ArgumentList.UsageError) in try run(list) })

    static func run(_ list: ArgumentList) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let folder = try list.file("数据目录 (DATA)")
        let contest = list.options["--contest"] ?? folder + "/" + DataFolderCopies.contest
        var banks = list.repeated["--bank"] ?? []
        let bankCopy = folder + "/" + DataFolderCopies.bank
        if list.options["--contest"] == nil && banks.isEmpty && FileManager.default.fileExists(atPath: bankCopy) {
            banks = [bankCopy]
        }
        let language = list.language
        let failure = { (file: String, problem: FinalReportProblem) in
            AdminCommand.Outcome(
                exitCode: 1,
                output: AdminDiagnostic(file: file, location: nil, problem: problem).formatted(language) + "\n")
        }
        let source: ContestSource
        switch ContestSource.load(contest: contest, banks: banks) {
        case .success(let loaded): source = loaded
        case .failure(let problem): return failure(contest, problem)
        }
        let journal: ContestJournal
        switch ContestJournal.read(folder: folder, config: source.config, questions: source.questions) {
        case .success(let read): journal = read
        case .failure(let problem):
            return failure(problem == .missingFolder ? folder : folder + "/" + ContestJournal.fileName, problem)
        }
        let report = FinalReport(journal, language: language)
        var output = source.warnings.map { $0.formatted(language) + "\n" }.joined()
        output += report.warnings.map {
            AdminDiagnostic(file: journal.path, location: nil, problem: $0).formatted(language) + "\n"
        }.joined()
        output += summary(report, language)
        if let directory = list.options["--out"] {
            let files = [
                (FinalReportSheets.awardsFileName, FinalReportSheets.awards(report, language: language)),
                (FinalReportSheets.scoresFileName, FinalReportSheets.scores(report)),
                (FinalReportSheets.auditFileName, FinalReportSheets.audit(report)),
                (FinalReportSheets.digestFileName, FinalReportSheets.digest(report)),
                (FinalReportPage.fileName, Array(FinalReportPage.html(report, language: language).utf8)),
            ]
            if let failure = OutputFolder.write(files, to: directory, language: language) {
                return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
            }
        }
        return AdminCommand.Outcome(exitCode: 0, output: output)
    }

    /// The awards as lines, then the digest to check the journal by.
    static func summary(_ report: FinalReport, _ language: Language) -> String {
        let zh = language == .chinese
        var text = ""
        for line in report.awards.lines {
            let award = report.award(line, language)
            text += "\(line.rank)\t\(line.name)\t\(line.total)\t\(award.isEmpty ? "-" : award)\n"
        }
        text +=
            zh
            ? "\(report.journal.path): \(report.journal.entries.count) 条操作，\(report.audit.filter(\.isBuzz).count) 次抢答；SHA-256 \(report.journal.digest)\n"
            : "\(report.journal.path): \(report.journal.entries.count) commands, \(report.audit.filter(\.isBuzz).count) buzzes; SHA-256 \(report.journal.digest)\n"
        return text
    }
}
