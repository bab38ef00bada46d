import ContestCore

/// A loaded question bank: its title, language and the questions that passed validation.
public struct Bank: Sendable, Hashable {
    public var title: String
    /// A BCP 47 tag such as `zh-CN`, telling the screens which language the questions are in.
    public var language: String
    public var questions: [Question]

    public init(title: String, language: String = "zh-CN", questions: [Question]) {
        self.title = title
        self.language = language
        self.questions = questions
    }
}

/// The file formats a bank can be read from and written to.
public enum BankFormat: String, Sendable, Hashable, CaseIterable {
    /// The canonical `quiz-bank/1` JSON format.
    case json
    /// Comma-separated, as Excel's "CSV" and "CSV UTF-8" save it.
    case csv
    /// Tab-separated, as Excel's "Text (Tab delimited)" and "Unicode Text" save it.
    case tsv
    /// Laid out like a printed exam paper: headings, numbered questions, options, answers.
    case paper
    /// A Word document: the paper layout, or bank tables.
    case docx
    /// An Excel workbook: one bank per sheet, with CSV's headers.
    case xlsx

    /// Whether the file is read in the paper layout (Word documents are, apart from their tables).
    var isPaper: Bool { self == .paper || self == .docx }

    /// The format a file name's extension names, for writing: `.paper.txt` is a paper, any other
    /// `.txt` Excel's tab-separated text.
    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".paper.txt") {
            self = .paper
        } else if lower.hasSuffix(".docx") {
            self = .docx
        } else if lower.hasSuffix(".xlsx") {
            self = .xlsx
        } else if lower.hasSuffix(".json") {
            self = .json
        } else if lower.hasSuffix(".csv") {
            self = .csv
        } else if lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") {
            self = .tsv
        } else {
            return nil
        }
    }

    /// The format to read a file as, or nil when its content decides: a `.txt` file is Excel's
    /// tab-separated text when its header names the type, stem and answer columns, else a paper.
    public static func forReading(fileName: String) -> BankFormat? {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".txt") && !lower.hasSuffix(".paper.txt") { return nil }
        // Word 97–2003 and Excel 97–2003 files are read far enough to say they must be saved anew.
        if lower.hasSuffix(".doc") { return .docx }
        if lower.hasSuffix(".xls") { return .xlsx }
        return BankFormat(fileName: fileName)
    }
}

/// What loading one file produced: the usable questions and every problem found on the way.
public struct BankLoadResult: Sendable {
    public var file: String
    public var format: BankFormat
    /// Nil when the bytes could not be decoded at all.
    public var encoding: TextEncoding?
    public var bank: Bank
    /// In file order.
    public var diagnostics: [Diagnostic]

    public var errorCount: Int { diagnostics.count(where: { $0.severity == .error }) }
    public var warningCount: Int { diagnostics.count(where: { $0.severity == .warning }) }
    /// A bank with errors must not be used in a contest: some questions were dropped or are wrong.
    public var isValid: Bool { errorCount == 0 }
}
