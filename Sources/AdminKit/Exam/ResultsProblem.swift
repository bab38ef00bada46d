import ContestCore
import QuestionBank

/// Everything `exam results` reports about a day that is not finished: results are written all the same.
///
/// Each is a warning: the sheets are provisional (a blank where a mark or a signature is missing) and
/// say so, and the message names what is missing, so the organisers know whom to chase. Only a data
/// folder that cannot be read at all is an error.
public enum ResultsProblem: AdminProblem, Error {
    case reading(Problem)
    /// The data folder could not be read as an exam day; the reader's message in both languages.
    case unreadableData(chinese: String, english: String)
    /// A candidate's paper is still open: neither handed in nor closed at the deadline.
    case paperOpen(candidate: String, name: String)
    /// Scripts of one question without a final mark, by script number, and the markers who still owe one.
    case unmarked(number: Int, question: String, scripts: [Int], markers: [Int])
    /// Finished papers' short answers and essays that never reached the markers (too few markers).
    case scriptsNotAdded(count: Int, markers: Int)
    /// A practical contestant's sheet some judges have signed and others not, naming those who have not.
    case unsigned(order: Int, candidate: String, name: String, judges: [String])
    /// Contestants no judge has signed for yet, by performing order: one line however many they are.
    case notSigned(orders: [Int])
    /// The exam has no practical judges: there is no practical score.
    case noJudges

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .unreadableData: .error
        case .paperOpen, .unmarked, .scriptsNotAdded, .unsigned, .notSigned, .noJudges: .warning
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .unreadableData: "unreadable-data"
        case .paperOpen: "paper-open"
        case .unmarked: "unmarked-scripts"
        case .scriptsNotAdded: "scripts-not-added"
        case .unsigned: "unsigned-sheet"
        case .notSigned: "no-signature"
        case .noJudges: "no-judges"
        }
    }
}

/// A problem of the exam day, named by its data folder.
public typealias ResultsDiagnostic = AdminDiagnostic<ResultsProblem>
