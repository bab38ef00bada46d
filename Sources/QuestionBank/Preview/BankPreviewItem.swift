import ContestCore

/// One question of an import preview: where it was read, the text it was read from, what it became.
///
/// The 命题组 proofread an import by comparing the two sides, so the source is the text exactly as
/// the reader saw it (numbers, letters and answer lines included), not a re-rendering.
public struct BankPreviewItem: Sendable {
    public var location: SourceLocation?
    public var sourceText: String
    /// Nil when the question had an error and was left out of the bank.
    public var question: Question?
    /// The problems reported inside this question's source text.
    public var diagnostics: [Diagnostic]

    public init(location: SourceLocation?, sourceText: String, question: Question?, diagnostics: [Diagnostic]) {
        self.location = location
        self.sourceText = sourceText
        self.question = question
        self.diagnostics = diagnostics
    }

    /// The worst problem's severity, nil when the question was read cleanly.
    public var severity: Severity? {
        if diagnostics.contains(where: { $0.severity == .error }) || question == nil { return .error }
        return diagnostics.isEmpty ? nil : .warning
    }
}
