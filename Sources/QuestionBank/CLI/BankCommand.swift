import ContestCore

/// A parsed `quiz-server bank …` command line.
///
/// Parsing is separate from running so usage errors (exit 2) are decided before any file is read,
/// and both halves can be tested without a process.
///
///     $ quiz-server bank check question-banks/demo.json question-banks/demo.csv
///     question-banks/demo.json：330 题，0 个错误，0 个警告（UTF-8）
///     $ quiz-server bank convert bank.csv bank.json --lang en
public enum BankCommand: Sendable, Hashable {
    case check(files: [String], language: Language)
    case convert(input: String, output: String, headerLanguage: Language, language: Language)
    case stats(files: [String], language: Language)

    /// Arguments after `bank`.
    public static func parse(_ arguments: [String]) throws(UsageError) -> BankCommand {
        var language = Language.chinese
        var headerLanguage = Language.chinese
        var positional: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            switch argument {
            case "--lang", "--header":
                guard index < arguments.count, let value = Language(option: arguments[index]) else {
                    throw UsageError(.badOptionValue(argument))
                }
                index += 1
                if argument == "--lang" { language = value } else { headerLanguage = value }
            case "--":
                positional.append(contentsOf: arguments[index...])
                index = arguments.count
            default:
                if argument.hasPrefix("-") && argument.count > 1 { throw UsageError(.unknownOption(argument)) }
                positional.append(argument)
            }
        }
        guard let subcommand = positional.first else { throw UsageError(.missingSubcommand) }
        let operands = Array(positional.dropFirst())
        switch subcommand {
        case "check", "stats":
            guard !operands.isEmpty else { throw UsageError(.missingFiles(subcommand)) }
            return subcommand == "check"
                ? .check(files: operands, language: language) : .stats(files: operands, language: language)
        case "convert":
            guard operands.count == 2 else { throw UsageError(.convertNeedsTwoFiles) }
            guard BankFormat(fileName: operands[1]) != nil else { throw UsageError(.unknownOutputFormat(operands[1])) }
            return .convert(input: operands[0], output: operands[1], headerLanguage: headerLanguage, language: language)
        default:
            throw UsageError(.unknownSubcommand(subcommand))
        }
    }
}

/// A command line that cannot be run as written; the tool prints the message and the usage, and exits 2.
public struct UsageError: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case missingSubcommand
        case unknownSubcommand(String)
        case unknownOption(String)
        case badOptionValue(String)
        case missingFiles(String)
        case convertNeedsTwoFiles
        case unknownOutputFormat(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    public func message(_ language: Language) -> String {
        let zh = language == .chinese
        switch reason {
        case .missingSubcommand: return zh ? "缺少子命令" : "missing subcommand"
        case .unknownSubcommand(let name): return zh ? "未知子命令“\(name)”" : "unknown subcommand \"\(name)\""
        case .unknownOption(let name): return zh ? "未知选项“\(name)”" : "unknown option \"\(name)\""
        case .badOptionValue(let name):
            return zh ? "选项 \(name) 需要 zh 或 en" : "option \(name) takes zh or en"
        case .missingFiles(let name):
            return zh ? "\(name) 需要至少一个文件" : "\(name) needs at least one file"
        case .convertNeedsTwoFiles:
            return zh ? "convert 需要输入和输出两个文件" : "convert takes an input and an output file"
        case .unknownOutputFormat(let name):
            return zh
                ? "无法从“\(name)”的扩展名判断输出格式（用 .json、.csv、.tsv 或 .paper.txt）"
                : "cannot tell the output format from \"\(name)\" (use .json, .csv, .tsv or .paper.txt)"
        }
    }

    /// The usage text printed after a usage error and by `bank help`.
    public static func usage(_ language: Language) -> String {
        language == .chinese
            ? """
            用法：quiz-server bank check 文件...          检查题库，报告所有问题
                  quiz-server bank convert 输入 输出      在 JSON、CSV、TSV、试卷（.paper.txt）之间转换（按扩展名）
                  quiz-server bank stats 文件...          按题型、难度、分类统计
            选项：--lang zh|en   消息语言（默认 zh）
                  --header zh|en 转换为 CSV/TSV 时表头的语言（默认 zh）
            退出码：0 全部有效，1 有文件无效，2 用法错误
            """
            : """
            usage: quiz-server bank check FILE...        check banks, report every problem
                   quiz-server bank convert IN OUT       convert between JSON, CSV, TSV, paper (by extension)
                   quiz-server bank stats FILE...        count questions by type, difficulty, category
            options: --lang zh|en    message language (default zh)
                     --header zh|en  header language when writing CSV/TSV (default zh)
            exit status: 0 all valid, 1 some file invalid, 2 usage error
            """
    }
}

extension Language {
    /// `--lang zh`, `zh-CN` or `en`, as people type it.
    init?(option: String) {
        switch option.lowercased() {
        case "zh", "zh-cn", "cn", "中文": self = .chinese
        case "en", "english": self = .english
        default: return nil
        }
    }
}
