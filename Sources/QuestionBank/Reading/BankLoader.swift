import ContestCore
import ContestProtocol
import Foundation

/// Loads a bank file of any supported format and encoding, and validates it.
///
/// The one entry point the command line, the server and the benchmark share: bytes in, a bank of
/// the valid questions and every diagnostic out. It never throws; an unreadable file is a diagnostic.
///
///     let result = BankLoader.load(path: "question-banks/demo.csv")
///     for diagnostic in result.diagnostics { print(diagnostic.formatted()) }
///     // demo.csv:12:40: 错误: 答案 E 不在选项中（只有 A–D） [answer-not-in-options]
public enum BankLoader {
    public static func load(path: String) -> BankLoadResult {
        var collector = DiagnosticCollector(file: path)
        return load(path: path, collector: &collector)
    }

    static func load(path: String, collector: inout DiagnosticCollector) -> BankLoadResult {
        let format = BankFormat(fileName: path) ?? .json
        var isDirectory: ObjCBool = false
        let failure: FileReadFailure?
        var bytes: [UInt8] = []
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            failure = .notFound
        } else if isDirectory.boolValue {
            failure = .isDirectory
        } else if let data = FileManager.default.contents(atPath: path) {
            bytes = [UInt8](data)
            failure = nil
        } else {
            failure = .unreadable
        }
        if let failure {
            let diagnostic = Diagnostic(file: path, location: nil, problem: .unreadableFile(failure))
            return BankLoadResult(
                file: path, format: format, encoding: nil, bank: Bank(title: "", questions: []),
                diagnostics: [diagnostic])
        }
        return load(bytes: bytes, file: path, format: BankFormat(fileName: path), collector: &collector)
    }

    /// Loads bytes already in memory; `format` nil means: look at the content (`{` starts JSON).
    public static func load(bytes: [UInt8], file: String, format: BankFormat? = nil) -> BankLoadResult {
        var collector = DiagnosticCollector(file: file)
        return load(bytes: bytes, file: file, format: format, collector: &collector)
    }

    /// The loader proper; the collector comes from the caller so `bank preview` can record drafts.
    static func load(
        bytes: [UInt8], file: String, format: BankFormat?, collector: inout DiagnosticCollector
    ) -> BankLoadResult {
        let decoded: DecodedText
        switch TextDecoder.decode(bytes) {
        case .success(let text):
            decoded = text
        case .failure(let failure):
            collector.source = SourceText(failure.decodedPrefix)
            collector.report(.badEncoding, at: failure.decodedPrefix.count)
            return BankLoadResult(
                file: file, format: format ?? .json, encoding: nil, bank: Bank(title: "", questions: []),
                diagnostics: collector.diagnostics)
        }
        collector.source = SourceText(decoded.utf8)
        let format = format ?? sniffFormat(decoded.utf8)
        var bank = Bank(title: defaultTitle(for: file), questions: [])
        if decoded.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            collector.report(.emptyFile, at: 0)
        } else {
            switch format {
            case .json: bank = loadJSON(decoded.utf8, title: bank.title, &collector)
            case .csv, .tsv: bank.questions = loadDelimited(decoded.utf8, &collector)
            }
            if bank.questions.isEmpty && !collector.hasErrors { collector.report(.noQuestions, at: 0) }
        }
        let diagnostics = collector.sortedDiagnostics
        return BankLoadResult(
            file: file, format: format, encoding: decoded.encoding, bank: bank, diagnostics: diagnostics)
    }

    private static func loadJSON(_ bytes: [UInt8], title: String, _ collector: inout DiagnosticCollector) -> Bank {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            collector.report(.jsonSyntax(error.issue), at: error.offset)
            return Bank(title: title, questions: [])
        }
        var bank = JSONBankReader.read(root, collector: &collector)
        if bank.title.isEmpty { bank.title = title }
        return bank
    }

    private static func loadDelimited(_ bytes: [UInt8], _ collector: inout DiagnosticCollector) -> [Question] {
        let delimiter = CSVParser.detectDelimiter(in: bytes)
        let records = CSVParser.parse(bytes, delimiter: delimiter, collector: &collector)
        return CSVBankReader.read(records, collector: &collector)
    }

    private static func sniffFormat(_ bytes: [UInt8]) -> BankFormat {
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .json : .csv
    }

    /// A CSV has no title row, so the bank takes its file name without folder or extension.
    static func defaultTitle(for file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
