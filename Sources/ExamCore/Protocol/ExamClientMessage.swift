import ContestCore
import ContestProtocol

/// One message from a page of the exam day, as decoded from a WebSocket text message or an NDJSON line.
///
/// The same envelope as the final's (`type`, an optional `id` echoed in `ack` or `rejected`); the
/// answer fields of `saveAnswer` are the final's `answer` fields:
///
///     {"type":"hello","role":"candidate","candidate":"2026120001","token":"K7MX3QPA2B"}
///     {"type":"saveAnswer","id":"s12","question":"Q7","choices":[1]}
///     {"type":"extendTime","candidate":"2026120003","minutes":10,"reason":"电脑故障，更换座位"}
///     {"type":"markScript","script":12,"points":7.5}
///     {"type":"scoreItem","contestant":"2026120001","item":2,"points":25}
public enum ExamClientMessage: Sendable, Hashable {
    case hello(Hello)
    case ping(id: String?)
    case request(Request, id: String?)

    /// Who the page says it is: a candidate gives their admission number beside the token.
    public struct Hello: Sendable, Hashable {
        public var role: Role
        public var token: String
        public var candidate: String?
        public var language: Language

        public init(role: Role, token: String, candidate: String? = nil, language: Language = .chinese) {
            (self.role, self.token, self.candidate, self.language) = (role, token, candidate, language)
        }
    }

    /// The four pages of the exam day.
    public enum Role: String, Sendable, Hashable, CaseIterable, JSONStringEnum {
        /// 考生, on `/exam`.
        case candidate
        /// 监考, on `/exam/proctor`.
        case proctor
        /// 阅卷, on `/exam/mark`.
        case marker
        /// 实操评委, on `/practical`.
        case judge
    }

    /// What an identified page asks; the server fills in who asks from the token.
    public enum Request: Sendable, Hashable {
        case saveAnswer(question: String, answer: Submission)
        case submitPaper
        /// The page lost focus or was hidden (blur, visibilitychange): counted for the proctors.
        case leftPage
        case extendTime(candidate: String, minutes: Int, reason: String)
        case reopenPaper(candidate: String, minutes: Int, reason: String)
        case admitLate(candidate: String, reason: String)
        /// A marker asks to see one of their scripts again (to check or change their mark).
        case openScript(script: Int)
        case markScript(script: Int, points: Points, note: String)
        case scoreItem(contestant: String, item: Int, points: Points)
        case signSheet(contestant: String)
        /// The chief judge unlocks another judge's signed sheet, with a reason.
        case reopenSheet(judge: Int, contestant: String, reason: String)

        /// The wire name, the message's `type`.
        public var type: String {
            switch self {
            case .saveAnswer: "saveAnswer"
            case .submitPaper: "submitPaper"
            case .leftPage: "leftPage"
            case .extendTime: "extendTime"
            case .reopenPaper: "reopenPaper"
            case .admitLate: "admitLate"
            case .openScript: "openScript"
            case .markScript: "markScript"
            case .scoreItem: "scoreItem"
            case .signSheet: "signSheet"
            case .reopenSheet: "reopenSheet"
            }
        }

        /// The role whose page sends it; any other role is refused.
        public var role: Role {
            switch self {
            case .saveAnswer, .submitPaper, .leftPage: .candidate
            case .extendTime, .reopenPaper, .admitLate: .proctor
            case .openScript, .markScript: .marker
            case .scoreItem, .signSheet, .reopenSheet: .judge
            }
        }
    }
}
