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
        let format = BankFormat.forReading(fileName: path) ?? .json
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
        return load(bytes: bytes, file: path, format: BankFormat.forReading(fileName: path), collector: &collector)
    }

    /// Loads bytes already in memory; `format` nil means: look at the content (`{` starts JSON, a
    /// header row naming the type, stem and answer columns starts CSV or TSV, anything else is a paper).
    public static func load(bytes: [UInt8], file: String, format: BankFormat? = nil) -> BankLoadResult {
        var collector = DiagnosticCollector(file: file)
        return load(bytes: bytes, file: file, format: format, collector: &collector)
    }

    /// The loader proper; the collector comes from the caller so `bank preview` can record drafts.
    static func load(
        bytes: [UInt8], file: String, format: BankFormat?, collector: inout DiagnosticCollector
    ) -> BankLoadResult {
        if let kind = OfficeBankLoader.kind(of: bytes, format: format) {
            var bank = OfficeBankLoader.load(bytes, kind: kind, title: defaultTitle(for: file), collector: &collector)
            bank.title = bank.title.isEmpty ? defaultTitle(for: file) : bank.title
            if bank.questions.isEmpty && !collector.hasErrors { collector.reportFile(.noQuestions) }
            return BankLoadResult(
                file: file, format: kind == .word ? .docx : .xlsx, encoding: nil, bank: bank,
                diagnostics: collector.sortedDiagnostics)
        }
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
        let sniffed = format == nil ? sniffFormat(decoded.utf8) : nil
        let format = format ?? sniffed?.format ?? .paper
        var bank = Bank(title: defaultTitle(for: file), questions: [])
        if decoded.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            collector.report(.emptyFile, at: 0)
        } else {
            switch format {
            case .json: bank = loadJSON(decoded.utf8, title: bank.title, &collector)
            case .csv, .tsv: bank.questions = loadDelimited(decoded.utf8, delimiter: sniffed?.delimiter, &collector)
            case .paper, .docx, .xlsx:  // Word and Excel files never get here: they are not text.
                let paper = PaperBankReader.read(PaperLine.lines(in: decoded.utf8), collector: &collector)
                bank.questions = paper.questions
                if !paper.title.isEmpty { bank.title = paper.title }
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

    private static func loadDelimited(
        _ bytes: [UInt8], delimiter: UInt8?, _ collector: inout DiagnosticCollector
    ) -> [Question] {
        let delimiter = delimiter ?? CSVParser.detectDelimiter(in: bytes)
        let records = CSVParser.parse(bytes, delimiter: delimiter, collector: &collector)
        return CSVBankReader.read(records, collector: &collector)
    }

    /// The format the content shows, and for CSV or TSV the separator its header row uses.
    private static func sniffFormat(_ bytes: [UInt8]) -> (format: BankFormat, delimiter: UInt8?) {
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return (.json, nil) }
        guard let delimiter = delimitedHeader(bytes) else { return (.paper, nil) }
        return (delimiter == 0x09 ? .tsv : .csv, delimiter)
    }

    /// The separator of the header row, if one of the first lines, cut at commas or tabs, names
    /// the type, stem and answer columns as an Excel export's header does (title rows above it
    /// are allowed); nil for anything else, which is read as a paper.
    private static func delimitedHeader(_ bytes: [UInt8]) -> UInt8? {
        var lines = 0
        var start = 0
        while lines <= CSVBankReader.maximumTitleRows && start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            let line = String(decoding: bytes[start..<end], as: UTF8.self)
            start = end + 1
            if Spellings.trimmed(line).isEmpty { continue }
            lines += 1
            let cells = line.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "\t" }
            var found: Set<BankField> = []
            for cell in cells {
                let text = Spellings.trimmed(String(cell)).trimmingCharacters(in: ["\""])
                if case .field(let field) = CSVColumns.column(for: text) { found.insert(field) }
            }
            if found.isSuperset(of: [.type, .stem, .answer]) {
                return line.utf8.count(where: { $0 == 0x09 }) > line.utf8.count(where: { $0 == 0x2C }) ? 0x09 : 0x2C
            }
        }
        return nil
    }

    /// A CSV has no title row, so the bank takes its file name without folder or extension.
    static func defaultTitle(for file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
