import ContestCore
import ContestProtocol

/// One record of the exam day's journal (`DATA/exam.qcj`): the header that names the exam, then one
/// entry per accepted request, in the final's framing (`JournalRecordFormat`).
///
/// Entries keep the request's name and its actor beside the events, so the file is also the audit
/// trail (who saved, extended, marked or signed what, when); replay folds only the events.
///
///     {"type":"examHeader","protocolVersion":2,"title":"…","examDigest":"…","start":…,"createdAt":…}
///     {"type":"examEntry","at":…,"actor":{"type":"candidate","candidate":"2026120001"},"request":"saveAnswer","events":[…]}
public enum ExamJournalRecord: Sendable, Hashable, JSONCodable {
    case header(ExamJournalHeader)
    case entry(ExamJournalEntry)

    public func encode(to json: inout JSONWriter) {
        switch self {
        case .header(let header): header.encode(to: &json)
        case .entry(let entry): entry.encode(to: &json)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        let type = try object.type()
        switch type {
        case "examHeader": self = .header(try ExamJournalHeader(fieldsOf: object))
        case "examEntry": self = .entry(try ExamJournalEntry(fieldsOf: object))
        default: throw object.unknownType(type)
        }
    }
}

/// What an exam journal was written for, so a restart with another exam is refused and the demo keeps its start.
public struct ExamJournalHeader: Sendable, Hashable, JSONEncodable {
    public var protocolVersion: Int
    public var title: String
    /// SHA-1 of the exam as the server resolved it (`ExamDigest`): roster, paper, times and rules.
    public var examDigest: String
    /// When papers opened: the demo exam's start is the first run's, read back from here on a restart.
    public var start: Micros
    public var createdAt: Micros

    public init(
        protocolVersion: Int = ProtocolVersion.current, title: String, examDigest: String, start: Micros,
        createdAt: Micros
    ) {
        (self.protocolVersion, self.title, self.examDigest, self.start, self.createdAt) = (
            protocolVersion, title, examDigest, start, createdAt
        )
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.type("examHeader")
            fields.field("protocolVersion", protocolVersion)
            fields.field("title", title)
            fields.field("examDigest", examDigest)
            fields.field("start", start)
            fields.field("createdAt", createdAt)
        }
    }

    init(fieldsOf o: JSONObject) throws(ProtocolDecodingError) {
        self.init(
            protocolVersion: try o.decode("protocolVersion"), title: try o.decode("title"),
            examDigest: try o.decode("examDigest"), start: try o.decode("start"), createdAt: try o.decode("createdAt"))
    }
}

/// One accepted request and the events it made, at the server's time of it.
public struct ExamJournalEntry: Sendable, Hashable, JSONEncodable {
    public var at: Micros
    public var actor: ExamActor
    /// The request's wire name (`saveAnswer`, `extendTime`, …; `tick` for the timer).
    public var request: String
    public var events: [ExamDayEvent]

    public init(at: Micros, actor: ExamActor, request: String, events: [ExamDayEvent]) {
        (self.at, self.actor, self.request, self.events) = (at, actor, request, events)
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.type("examEntry")
            fields.field("at", at)
            fields.field("actor", actor)
            fields.field("request", request)
            fields.field("events", events)
        }
    }

    init(fieldsOf o: JSONObject) throws(ProtocolDecodingError) {
        self.init(
            at: try o.decode("at"), actor: try o.decode("actor"), request: try o.decode("request"),
            events: try o.decode("events"))
    }
}
