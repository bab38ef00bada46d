import ContestCore
import ExamCore
import Foundation

/// `quiz-admin exam slips`: the admission slips, their mail-merge CSV and the sign-in sheet, from the exam and its tokens.
enum ExamSlipsCommand {
    static let entry = AdminCommand.Entry(
        words: ["exam", "slips"],
        usage: """
              quiz-admin exam slips EXAM.json --tokens DATA/tokens.json [--url http://192.168.1.10:7700/exam] [--out DIR]
                为考试文件名单上的每位考生打印一张 A4 准考证（姓名、单位、准考证号、登录口令、考试网址、时间、考生须知）；
                口令取自 quiz-server --exam 写出的 tokens.json；名单上有人没有口令为错误，口令文件多出的人为警告；
                --out DIR（默认 准考证）写出 准考证.html、准考证.csv（邮件合并用）和 签到表.html。
            """,
        options: ["--tokens", "--url", "--out"],
        run: { list, _ throws(ArgumentList.UsageError) in try run(list) })

    static let defaultFolder = "准考证"

    static func run(_ list: ArgumentList) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("考试文件 (EXAM.json)")
        guard let tokensFile = list.options["--tokens"] else {
            throw ArgumentList.UsageError(message: "缺少 --tokens DATA/tokens.json (--tokens is required)")
        }
        let url = list.options["--url"] ?? ""
        guard url.isEmpty || url.hasPrefix("http://") || url.hasPrefix("https://") else {
            throw ArgumentList.UsageError(message: "--url 应以 http:// 或 https:// 开头 (--url takes an http address)")
        }
        let language = list.language
        func failed(_ file: String, _ problem: SlipProblem) -> AdminCommand.Outcome {
            let line = SlipDiagnostic(file: file, location: nil, problem: problem).formatted(language)
            return AdminCommand.Outcome(exitCode: 1, output: line + "\n")
        }
        guard let examBytes = FileManager.default.contents(atPath: file) else { return failed(file, .unreadable) }
        let exam: ExamFile
        switch ExamFile.decode([UInt8](examBytes), file: file) {
        case .success(let decoded): exam = decoded
        case .failure(let error):
            return AdminCommand.Outcome(exitCode: 1, output: error.messages(language).map { $0 + "\n" }.joined())
        }
        guard let tokenBytes = FileManager.default.contents(atPath: tokensFile) else {
            return failed(tokensFile, .unreadable)
        }
        guard let tokens = ExamTokens.decode([UInt8](tokenBytes)) else { return failed(tokensFile, .notTokensFile) }
        let paperFile = paperPath(exam, examFile: file)
        let slips = AdmissionSlips(
            exam: exam, examFile: file, tokens: tokens, tokensFile: tokensFile,
            paper: exam.title.isEmpty || exam.durationMinutes == 0 ? paper(paperFile) : nil, paperFile: paperFile,
            url: url)
        var output = slips.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        let counts = ProblemCounts.text(
            errors: slips.diagnostics.errorCount(), warnings: slips.diagnostics.warningCount(), language == .chinese)
        guard !slips.hasErrors else {
            output += language == .chinese ? "\(file)：\(counts)；未打印准考证\n" : "\(file): \(counts); no slips printed\n"
            return AdminCommand.Outcome(exitCode: 1, output: output)
        }
        let directory = list.options["--out"] ?? defaultFolder
        let files = [
            (AdmissionSlipPage.fileName, Array(AdmissionSlipPage.html(slips, language: language).utf8)),
            (AdmissionSlipPage.csvFileName, AdmissionSlipPage.csv(slips)),
            (SignInSheetPage.fileName, Array(SignInSheetPage.html(slips, language: language).utf8)),
        ]
        if let failure = OutputFolder.write(files, to: directory, language: language) {
            return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
        }
        let names = files.map(\.0).joined(separator: language == .chinese ? "、" : ", ")
        output +=
            language == .chinese
            ? "\(directory)：\(slips.slips.count) 张准考证，\(counts)；已写出 \(names)\n"
            : "\(directory): \(slips.slips.count) slips, \(counts); wrote \(names)\n"
        return AdminCommand.Outcome(exitCode: 0, output: output)
    }

    /// The exam's paper file, relative to the exam file's folder as the server reads it.
    static func paperPath(_ exam: ExamFile, examFile: String) -> String {
        let folder = (examFile as NSString).deletingLastPathComponent
        return exam.paper.hasPrefix("/") || folder.isEmpty ? exam.paper : "\(folder)/\(exam.paper)"
    }

    /// The paper, only for its title and time limit; nil when it cannot be read (the slips leave them blank).
    private static func paper(_ path: String) -> WrittenPaper? {
        guard let bytes = FileManager.default.contents(atPath: path),
            case .success(let paper) = WrittenPaper.decodeExamPaper([UInt8](bytes), file: path)
        else { return nil }
        return paper
    }
}
