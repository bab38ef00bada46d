import ContestCore

/// Whether a problem stops a bank from being used.
public enum Severity: String, Sendable, Hashable {
    /// The question, or the whole file, cannot be used as written.
    case error
    /// Worth a look (a duplicate stem, an ignored column) but the bank still loads.
    case warning
}

/// One problem found in a bank file, placed by file and location (line and column, paragraph or cell).
///
/// A value, not a thrown error, so a check can report every problem in one run; the message is
/// rendered on demand in either language from the same `problem`.
public struct Diagnostic: Sendable, Hashable {
    public var file: String
    /// Absent only when the file could not be read at all.
    public var location: SourceLocation?
    public var problem: Problem
    /// The reader's byte offset, which sorts diagnostics in document order whatever the location's kind.
    var offset: Int

    public init(file: String, location: SourceLocation?, problem: Problem) {
        self.init(file: file, location: location, problem: problem, offset: 0)
    }

    init(file: String, location: SourceLocation?, problem: Problem, offset: Int) {
        self.file = file
        self.location = location
        self.problem = problem
        self.offset = offset
    }

    /// Line and column, for diagnostics of text files.
    public var position: SourcePosition? {
        if case .text(let position) = location { return position }
        return nil
    }

    public var severity: Severity { problem.severity }
    public var code: String { problem.code }

    public func message(_ language: Language = .chinese) -> String { problem.message(language) }

    /// `FILE:LINE:COLUMN: 错误: message [code]`, the shape editors and CI logs link to; Word and
    /// Excel files put `¶57 「12．下列…」` or `单选!G3` where the line and column would be.
    public func formatted(_ language: Language = .chinese) -> String {
        Self.line(file: file, location: location, severity: severity, message: message(language), code: code, language)
    }

    /// The one diagnostic line every tool prints (the bank tools, `quiz-admin`), so they read alike.
    public static func line(
        file: String, location: SourceLocation?, severity: Severity, message: String, code: String,
        _ language: Language
    ) -> String {
        let place = location.map { "\(file):\($0)" } ?? file
        let label: String
        switch (severity, language) {
        case (.error, .chinese): label = "错误"
        case (.warning, .chinese): label = "警告"
        case (.error, .english): label = "error"
        case (.warning, .english): label = "warning"
        }
        return "\(place): \(label): \(message) [\(code)]"
    }
}

/// Gathers diagnostics for one file, turning parsers' byte offsets into locations.
struct DiagnosticCollector {
    let file: String
    var source: any SourceLocator
    private(set) var diagnostics: [Diagnostic] = []
    /// Set by `bank preview`: every draft's start and what became of it, to show source beside result.
    var draftRecords: [DraftRecord]?

    init(file: String, source: any SourceLocator = SourceText([])) {
        self.file = file
        self.source = source
    }

    mutating func report(_ problem: Problem, at offset: Int) {
        diagnostics.append(
            Diagnostic(file: file, location: source.location(at: offset), problem: problem, offset: offset))
    }

    /// A problem with the file as a whole (a damaged Word file, no questions at all): no place in it.
    mutating func reportFile(_ problem: Problem) {
        diagnostics.append(Diagnostic(file: file, location: nil, problem: problem, offset: -1))
    }

    /// Diagnostics in document order; those reported at one place keep the order they were found in.
    var sortedDiagnostics: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            lhs.element.offset == rhs.element.offset ? lhs.offset < rhs.offset : lhs.element.offset < rhs.element.offset
        }.map(\.element)
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Where a draft started in the reader's text and the question it became (nil: left out).
struct DraftRecord: Sendable {
    var offset: Int
    var question: Question?
}
