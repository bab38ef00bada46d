import ContestCore
import ExamCore
import QuestionBank

/// Why the written paper could not be drawn as the blueprint asks, or what the organiser should know about it.
///
/// A blueprint problem names its section by number (1 = the first), as the organiser counts them
/// in the file; a shortage names the type, the file it was drawn from, and both counts.
public enum PrelimProblem: AdminProblem {
    case reading(Problem)
    case badTimeLimit(Int)
    case badShare(Double)
    case noSections
    case unknownType(section: Int, written: String)
    case repeatedType(section: Int, QuestionType)
    case badCount(section: Int, Int)
    case badPoints(section: Int, Points)
    case bankHasErrors(Int)
    case noOwnFile
    case tooFew(QuestionType, source: WrittenPaper.Item.Source, needed: Int, available: Int)
    case sameQuestion(id: String, as: String, file: String, sameStem: Bool)

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .noOwnFile, .sameQuestion: .warning
        case .badTimeLimit, .badShare, .noSections, .unknownType, .repeatedType, .badCount, .badPoints,
            .bankHasErrors, .tooFew:
            .error
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .badTimeLimit: "bad-time-limit"
        case .badShare: "bad-bank-share"
        case .noSections: "no-sections"
        case .unknownType: "unknown-type"
        case .repeatedType: "repeated-type"
        case .badCount: "bad-count"
        case .badPoints: "bad-points"
        case .bankHasErrors: "bank-has-errors"
        case .noOwnFile: "no-own-file"
        case .tooFew: "too-few-questions"
        case .sameQuestion: "same-question"
        }
    }
}

/// A problem with a blueprint or a bank file as a whole, named by the file.
public typealias PrelimDiagnostic = AdminDiagnostic<PrelimProblem>
