import ContestCore

/// Whether a problem stops a bank from being used.
public enum Severity: String, Sendable, Hashable {
    /// The question, or the whole file, cannot be used as written.
    case error
    /// Worth a look (a duplicate stem, an ignored column) but the bank still loads.
    case warning
}

/// One problem found in a bank file, placed by file, line and column.
///
/// A value, not a thrown error, so a check can report every problem in one run; the message is
/// rendered on demand in either language from the same `problem`.
public struct Diagnostic: Sendable, Hashable {
    public var file: String
    /// Absent only when the file could not be read at all.
    public var position: SourcePosition?
    public var problem: Problem

    public init(file: String, position: SourcePosition?, problem: Problem) {
        self.file = file
        self.position = position
        self.problem = problem
    }

    public var severity: Severity { problem.severity }
    public var code: String { problem.code }

    public func message(_ language: Language = .chinese) -> String { problem.message(language) }

    /// `FILE:LINE:COLUMN: 错误: message [code]`, the shape editors and CI logs link to.
    public func formatted(_ language: Language = .chinese) -> String {
        let place = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        let label: String
        switch (severity, language) {
        case (.error, .chinese): label = "错误"
        case (.warning, .chinese): label = "警告"
        case (.error, .english): label = "error"
        case (.warning, .english): label = "warning"
        }
        return "\(place): \(label): \(message(language)) [\(code)]"
    }
}

/// Gathers diagnostics for one file, turning parsers' byte offsets into lines and columns.
struct DiagnosticCollector {
    let file: String
    var source: SourceText
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, source: SourceText = SourceText([])) {
        self.file = file
        self.source = source
    }

    mutating func report(_ problem: Problem, at offset: Int) {
        diagnostics.append(Diagnostic(file: file, position: source.position(at: offset), problem: problem))
    }

    mutating func report(_ problem: Problem, at position: SourcePosition?) {
        diagnostics.append(Diagnostic(file: file, position: position, problem: problem))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
