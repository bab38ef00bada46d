import ContestCore
import ContestProtocol

/// One message from the server to a page of the exam day; the envelope (`type`, `seq`) is the final's.
///
/// `error`, `pong` and `rejected` are the final's own messages (`ServerMessage`), so they are not
/// repeated here. A candidate hears only about their own paper, a proctor the roster's changed rows
/// at most once a second, a marker their own work, a judge the practical sheets.
public enum ExamServerMessage: Sendable, Hashable, EnvelopedMessage {
    /// The answer to a good `hello`: the role and everything its page shows.
    case welcome(ExamWelcome)
    /// A request was accepted and is durable; `at` is the server's time of it (the save's time).
    case ack(id: String?, at: Micros)
    /// The candidate's paper changed from elsewhere: a proctor's extension, the deadline, another tab's submission.
    case paperStatus(PaperStatus)
    /// The proctors' list: every row in a welcome, then only the rows that changed.
    case roster([ProctorRow])
    /// A marker's progress and the script to mark next, after anything that changed their work.
    case marking(MarkerView)
    /// One script the marker asked for (`openScript`).
    case script(id: String?, MarkerScriptView)
    /// The practical sheets as this judge sees them, after any judge's change.
    case practical(JudgeView)

    public var type: String {
        switch self {
        case .welcome: "welcome"
        case .ack: "ack"
        case .paperStatus: "paperStatus"
        case .roster: "roster"
        case .marking: "marking"
        case .script: "script"
        case .practical: "practical"
        }
    }

    /// Whole views replace older ones; the roster's rows and the answers to requests never do.
    public var isSupersedable: Bool {
        switch self {
        case .marking, .practical, .paperStatus: true
        case .welcome, .ack, .roster, .script: false
        }
    }

    public func encodeFields(into fields: inout JSONObjectWriter) {
        switch self {
        case .welcome(let welcome): welcome.encodeFields(into: &fields)
        case .ack(let id, let at):
            fields.field("id", id)
            fields.field("at", at)
        case .paperStatus(let status): status.encodeFields(into: &fields)
        case .roster(let rows): fields.field("rows", rows)
        case .marking(let view): fields.field("marking", view)
        case .script(let id, let view):
            fields.field("id", id)
            fields.field("script", view)
        case .practical(let view): fields.field("practical", view)
        }
    }
}

/// The contents of an exam `welcome`: who the server takes the page for, and its role's view.
public struct ExamWelcome: Sendable, Hashable {
    /// The role's view, under the key named after it: `exam`, `proctor`, `marking` or `practical`.
    public enum View: Sendable, Hashable {
        case exam(CandidateExamView)
        case proctor(ProctorView)
        case marking(MarkerView)
        case practical(JudgeView)
    }

    public var role: ExamClientMessage.Role
    public var lang: Language
    public var protocolVersion: Int
    /// The server's wall clock when the welcome was written: the page counts down from it, never from its own clock.
    public var serverTime: Micros
    public var view: View

    public init(
        role: ExamClientMessage.Role, lang: Language, protocolVersion: Int = ProtocolVersion.current,
        serverTime: Micros, view: View
    ) {
        (self.role, self.lang, self.protocolVersion, self.serverTime, self.view) =
            (role, lang, protocolVersion, serverTime, view)
    }

    func encodeFields(into fields: inout JSONObjectWriter) {
        fields.field("protocolVersion", protocolVersion)
        fields.field("role", role)
        fields.field("lang", lang)
        fields.field("serverTime", serverTime)
        switch view {
        case .exam(let view): fields.field("exam", view)
        case .proctor(let view): fields.field("proctor", view)
        case .marking(let view): fields.field("marking", view)
        case .practical(let view): fields.field("practical", view)
        }
    }
}
