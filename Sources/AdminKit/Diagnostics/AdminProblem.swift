import ContestCore
import QuestionBank

/// What every command's closed list of problems provides, so one diagnostic type prints them all.
///
/// Each command keeps its own enum (`RegistrationProblem`, …) with a stable code per case and its
/// messages in both languages; the place and the printed line are shared through `AdminDiagnostic`.
public protocol AdminProblem: Sendable, Hashable {
    var severity: Severity { get }
    /// The stable name scripts and tests match on, printed in brackets after the message.
    var code: String { get }
    func message(_ language: Language) -> String
    /// A problem the table reader found (bad bytes, a damaged workbook), kept as it was reported.
    static func reading(_ problem: Problem) -> Self
}
