import ContestCore
import ExamCore
import Foundation
import QuestionBank

/// `quiz-admin prelim paper`: the written paper drawn from the blueprint, printed and as JSON for the online exam.
enum PrelimPaperCommand {
    static let entry = AdminCommand.Entry(
        words: ["prelim", "paper"],
        usage: """
              quiz-admin prelim paper BLUEPRINT --seed N [--bank FILE]... [--own FILE] [--out DIR]
                按试卷蓝图抽取初赛笔试试卷：各题型题数和分值、考试时间，bankShare（默认 90%）从题库抽取，
                其余从 --own 自有题文件抽取，不重复；--seed 必填（0 至 2^53−1），同一种子重出同一试卷；
                --bank 默认为蓝图 banks 所列文件，否则 question-banks/demo.json；
                --out DIR（默认 初赛试卷）写出 试卷.html、答案.html 和 paper.json。
            """,
        options: ["--bank", "--own", "--seed", "--out"],
        run: { list, _ throws(ArgumentList.UsageError) in try run(list) })

    static let defaultBank = "question-banks/demo.json"
    static let defaultFolder = "初赛试卷"
    static let jsonFileName = "paper.json"

    static func run(_ list: ArgumentList) throws(ArgumentList.UsageError) -> AdminCommand.Outcome {
        let file = try list.file("试卷蓝图文件 (BLUEPRINT)")
        let seed = try seed(list)
        let language = list.language
        let blueprint: PaperBlueprint
        switch PaperBlueprint.read(path: file) {
        case .success(let read): blueprint = read
        case .failure(let error): return AdminCommand.Outcome(exitCode: 1, output: error.message(language) + "\n")
        }
        var output = ""
        var bankErrors = 0
        func load(_ path: String) -> PaperDraw.Source {
            let loaded = BankLoader.load(path: path)
            output += loaded.diagnostics.map { $0.formatted(language) + "\n" }.joined()
            output += loaded.summary(language) + "\n"
            bankErrors += loaded.errorCount
            return PaperDraw.Source(file: path, questions: loaded.bank.questions)
        }
        let banks = bankFiles(list, blueprint: blueprint, blueprintFile: file).map(load)
        let own = list.options["--own"].map(load)
        guard bankErrors == 0 else {
            let problem = PrelimDiagnostic(file: file, location: nil, problem: .bankHasErrors(bankErrors))
            return AdminCommand.Outcome(exitCode: 1, output: output + problem.formatted(language) + "\n")
        }
        let outcome = PaperDraw.draw(blueprint, blueprintFile: file, banks: banks, own: own, seed: seed)
        output += outcome.diagnostics.map { $0.formatted(language) + "\n" }.joined()
        guard let paper = outcome.paper else { return AdminCommand.Outcome(exitCode: 1, output: output) }
        let directory = list.options["--out"] ?? defaultFolder
        let files = [
            (WrittenPaperPage.fileName, Array(WrittenPaperPage.html(paper, language: language).utf8)),
            (AnswerKeyPage.fileName, Array(AnswerKeyPage.html(paper, language: language).utf8)),
            (jsonFileName, paper.encoded()),
        ]
        if let failure = OutputFolder.write(files, to: directory, language: language) {
            return AdminCommand.Outcome(exitCode: 1, output: output, errorOutput: failure)
        }
        return AdminCommand.Outcome(exitCode: 0, output: output + summary(paper, directory, language) + "\n")
    }

    /// `--seed N`, required: a seed taken from the blueprint would let anyone holding the published bank redraw the paper.
    private static func seed(_ list: ArgumentList) throws(ArgumentList.UsageError) -> UInt64 {
        guard list.options["--seed"] != nil else {
            throw ArgumentList.UsageError(
                message: "缺少 --seed：请随机选定一个种子并封存，用它可重出同一试卷 (--seed is required; keep it sealed)")
        }
        let value = try list.integer("--seed", default: 0)
        guard value >= 0, UInt64(value) <= PaperDraw.largestSeed else {
            throw ArgumentList.UsageError(
                message: "--seed 应在 0 至 \(PaperDraw.largestSeed) 之间 (--seed takes 0…\(PaperDraw.largestSeed))")
        }
        return UInt64(value)
    }

    /// The `--bank` files given; else the blueprint's `banks`, relative to its folder; else the demo bank.
    static func bankFiles(_ list: ArgumentList, blueprint: PaperBlueprint, blueprintFile: String) -> [String] {
        if let given = list.repeated["--bank"] { return given }
        guard !blueprint.banks.isEmpty else { return [defaultBank] }
        let folder = (blueprintFile as NSString).deletingLastPathComponent
        return blueprint.banks.map { $0.hasPrefix("/") || folder.isEmpty ? $0 : folder + "/" + $0 }
    }

    /// `初赛试卷：53 题，满分 100 分（题库 49，自有题 4），种子 20240501；已写出 试卷.html、答案.html、paper.json`
    static func summary(_ paper: WrittenPaper, _ directory: String, _ language: Language) -> String {
        let own = paper.items.count(where: { $0.source == .own })
        let count = paper.items.count
        let names = [WrittenPaperPage.fileName, AnswerKeyPage.fileName, jsonFileName]
        return language == .chinese
            ? "\(directory)：\(count) 题，满分 \(paper.totalPoints) 分（题库 \(count - own)，自有题 \(own)），种子 \(paper.seed)；已写出 \(names.joined(separator: "、"))"
            : "\(directory): \(count) questions, \(paper.totalPoints) points (\(count - own) bank, \(own) own), seed \(paper.seed); wrote \(names.joined(separator: ", "))"
    }
}
