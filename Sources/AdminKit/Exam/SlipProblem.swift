import ContestCore
import QuestionBank

/// Every problem `exam slips` can find between the exam file's roster and the server's tokens file.
///
/// A candidate without a token would arrive with nothing to type, so it is an error and nothing is
/// printed; a token for nobody only means the two files drifted apart, so it is a warning. The
/// tokens file's entries are named by their place in it (`candidates[4]`), as the rules file's are.
public enum SlipProblem: AdminProblem {
    case reading(Problem)
    case unreadable
    case notTokensFile
    case missingToken(candidate: String, name: String)
    case repeatedToken(candidate: String, first: Int, again: Int)
    case strayToken(candidate: String, index: Int)
    case nameDiffers(candidate: String, exam: String, tokens: String)
    case paperUnreadable(String)
    case noStart
    case noURL

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .strayToken, .nameDiffers, .paperUnreadable, .noStart, .noURL: .warning
        case .unreadable, .notTokensFile, .missingToken, .repeatedToken: .error
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .unreadable: "unreadable-file"
        case .notTokensFile: "not-tokens-file"
        case .missingToken: "missing-token"
        case .repeatedToken: "repeated-token"
        case .strayToken: "stray-token"
        case .nameDiffers: "name-differs"
        case .paperUnreadable: "paper-unreadable"
        case .noStart: "no-start"
        case .noURL: "no-url"
        }
    }
}

/// A problem with the exam file or the tokens file, named by the file.
public typealias SlipDiagnostic = AdminDiagnostic<SlipProblem>
