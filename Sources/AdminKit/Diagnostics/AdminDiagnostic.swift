import ContestCore
import QuestionBank

/// One problem found in an organiser's file, placed by file and line or cell, in the bank tools' style.
///
/// A sibling of QuestionBank's `Diagnostic` rather than that type itself, whose `Problem` is the
/// closed list of bank problems; the place (`SourceLocation`) and the printed shape are shared.
public struct AdminDiagnostic<Kind: AdminProblem>: Sendable, Hashable {
    public var file: String
    /// Absent only for a problem with the file as a whole.
    public var location: SourceLocation?
    public var problem: Kind

    public init(file: String, location: SourceLocation?, problem: Kind) {
        self.file = file
        self.location = location
        self.problem = problem
    }

    /// A problem the table reader found, kept as it was reported.
    init(reading diagnostic: Diagnostic) {
        self.init(file: diagnostic.file, location: diagnostic.location, problem: .reading(diagnostic.problem))
    }

    public var severity: Severity { problem.severity }

    public func message(_ language: Language = .chinese) -> String { problem.message(language) }

    /// `FILE:LINE:COLUMN: 错误: message [code]`, or `FILE:报名表!G3: 错误: …` for a workbook.
    public func formatted(_ language: Language = .chinese) -> String {
        Diagnostic.line(
            file: file, location: location, severity: severity, message: message(language), code: problem.code,
            language)
    }
}

extension Array {
    /// The errors among diagnostics, for a command's exit code and its counts line.
    public func errorCount<Kind>() -> Int where Element == AdminDiagnostic<Kind> {
        filter { $0.severity == .error }.count
    }

    public func warningCount<Kind>() -> Int where Element == AdminDiagnostic<Kind> {
        filter { $0.severity == .warning }.count
    }
}
