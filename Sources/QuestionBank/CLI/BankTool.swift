import ContestCore
import Foundation
import OfficeDocuments

/// What a bank command printed and how it ended, so the executable only copies it to the terminal.
public struct BankToolResult: Sendable, Hashable {
    /// 0: every file valid; 1: some file invalid or not written; 2: usage error.
    public var exitCode: Int32
    /// Summaries and statistics.
    public var output: String
    /// Diagnostics and usage errors.
    public var errors: String
}

/// Runs `quiz-server bank check|convert|stats|preview`: the library half of the command line, testable in process.
public enum BankTool {
    /// Arguments after `bank`.
    public static func run(_ arguments: [String]) -> BankToolResult {
        if let first = arguments.first, ["help", "--help", "-h"].contains(first) {
            let language: Language = arguments.contains("en") ? .english : .chinese
            return BankToolResult(exitCode: 0, output: UsageError.usage(language) + "\n", errors: "")
        }
        do {
            return run(try BankCommand.parse(arguments))
        } catch {
            let language: Language =
                zip(arguments, arguments.dropFirst()).contains { $0 == "--lang" && $1 == "en" }
                ? .english : .chinese
            let label = language == .chinese ? "用法错误" : "usage error"
            let text = "quiz-server bank: \(label): \(error.message(language))\n\(UsageError.usage(language))\n"
            return BankToolResult(exitCode: 2, output: "", errors: text)
        }
    }

    public static func run(_ command: BankCommand) -> BankToolResult {
        switch command {
        case .check(let files, let language): return check(files, language)
        case .stats(let files, let language): return stats(files, language)
        case .convert(let input, let output, let headerLanguage, let language):
            return convert(input, to: output, headerLanguage: headerLanguage, language)
        case .preview(let file, let output, let language): return preview(file, to: output, language)
        }
    }

    private static func preview(_ file: String, to output: String, _ language: Language) -> BankToolResult {
        var result = BankToolResult(exitCode: 0, output: "", errors: "")
        let (loaded, items) = BankPreview.load(path: file)
        appendDiagnostics(loaded, language, to: &result)
        if !loaded.isValid { result.exitCode = 1 }
        let page = BankPreviewPage.render(loaded, items: items, language: language)
        guard write(Array(page.utf8), to: output, language, &result) else { return result }
        result.output += loaded.summary(language) + "\n"
        result.output += language == .chinese ? "校对页已写入 \(output)\n" : "wrote the proof page \(output)\n"
        return result
    }

    /// Writes a whole file atomically; on failure says so and sets exit status 1.
    private static func write(
        _ bytes: [UInt8], to output: String, _ language: Language, _ result: inout BankToolResult
    ) -> Bool {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
            return true
        } catch {
            result.errors += language == .chinese ? "无法写入 \(output)\n" : "cannot write \(output)\n"
            result.exitCode = 1
            return false
        }
    }

    private static func check(_ files: [String], _ language: Language) -> BankToolResult {
        var result = BankToolResult(exitCode: 0, output: "", errors: "")
        for file in files {
            let loaded = BankLoader.load(path: file)
            appendDiagnostics(loaded, language, to: &result)
            result.output += loaded.summary(language) + "\n"
            if !loaded.isValid { result.exitCode = 1 }
        }
        return result
    }

    private static func stats(_ files: [String], _ language: Language) -> BankToolResult {
        var result = BankToolResult(exitCode: 0, output: "", errors: "")
        for file in files {
            let loaded = BankLoader.load(path: file)
            appendDiagnostics(loaded, language, to: &result)
            if !loaded.isValid { result.exitCode = 1 }
            result.output += "== \(file) ==\n" + BankStatistics(loaded.bank.questions).report(language) + "\n"
        }
        return result
    }

    private static func convert(
        _ input: String, to output: String, headerLanguage: Language, _ language: Language
    ) -> BankToolResult {
        var result = BankToolResult(exitCode: 0, output: "", errors: "")
        let loaded = BankLoader.load(path: input)
        appendDiagnostics(loaded, language, to: &result)
        let zh = language == .chinese
        guard loaded.isValid else {
            result.errors +=
                zh
                ? "未写入 \(output)：\(input) 有 \(loaded.errorCount) 个错误\n"
                : "\(output) not written: \(input) has \(loaded.errorCount) error(s)\n"
            result.exitCode = 1
            return result
        }
        let bytes: [UInt8]
        do throws(OfficeDocumentError) {
            switch BankFormat(fileName: output) ?? .json {
            case .json: bytes = Array(JSONBankWriter.write(loaded.bank).utf8)
            case .csv: bytes = CSVBankWriter.write(loaded.bank, delimiter: ",", headerLanguage: headerLanguage)
            case .tsv: bytes = CSVBankWriter.write(loaded.bank, delimiter: "\t", headerLanguage: headerLanguage)
            case .paper: bytes = PaperBankWriter.write(loaded.bank)
            case .docx: bytes = try OfficeBankWriter.word(loaded.bank)
            case .xlsx: bytes = try OfficeBankWriter.workbook(loaded.bank, headerLanguage: headerLanguage)
            }
        } catch {
            result.errors += (zh ? "未写入 \(output)：" : "\(output) not written: ") + error.message(chinese: zh) + "\n"
            result.exitCode = 1
            return result
        }
        guard write(bytes, to: output, language, &result) else { return result }
        let count = loaded.bank.questions.count
        result.output += zh ? "已写入 \(output)：\(count) 题\n" : "wrote \(output): \(count) questions\n"
        return result
    }

    private static func appendDiagnostics(
        _ loaded: BankLoadResult, _ language: Language, to result: inout BankToolResult
    ) {
        for diagnostic in loaded.diagnostics { result.errors += diagnostic.formatted(language) + "\n" }
    }
}
