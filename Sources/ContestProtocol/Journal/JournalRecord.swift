import ContestCore

/// One record of the journal: the header that names the contest, then one entry per accepted command.
///
/// Entries keep the command beside its events so the file is also the audit trail ("who ruled what,
/// when"); replay applies only the events, so a changed reducer cannot rewrite history.
///
///     {"type":"header","protocolVersion":2,"title":"…","configDigest":"…","bankDigest":"…","createdAt":…}
///     {"type":"entry","at":…,"actor":{"type":"host"},"action":{"type":"armBuzzers"},"events":[…]}
public enum JournalRecord: Sendable, Hashable {
    case header(JournalHeader)
    case entry(JournalEntry)

    /// Reads a record of a journal begun in format `version` (the header's; any for the header itself).
    ///
    /// A journal begun in format 1 and resumed by this build goes on in format 2, so each record is read
    /// in its own shape: format-1 records (no `type`) only where the header allows them.
    public init(payload: [UInt8], version: Int) throws(ProtocolDecodingError) {
        let node: JSONNode
        do {
            node = try JSONParser.parse(payload)
        } catch {
            throw ProtocolDecodingError(.syntax(error.issue), at: JSONPath(), offset: error.offset)
        }
        let object = try JSONObject(node, at: JSONPath())
        if object.contains("type") {
            try self.init(json: node, at: JSONPath())
        } else if version == 1, let legacy = try JournalFormatV1.record(object) {
            self = legacy
        } else {
            throw ProtocolDecodingError(.missing, at: JSONPath().appending("type"), offset: 0)
        }
    }
}

extension JournalRecord: JSONCodable {
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
        case "header": self = .header(try JournalHeader(json: json, at: path))
        case "entry": self = .entry(try JournalEntry(json: json, at: path))
        default: throw object.unknownType(type)
        }
    }
}

/// What a journal was written for, so a restart with another contest file or bank is refused.
public struct JournalHeader: Sendable, Hashable, JSONCodable {
    /// The format the records after it are written in.
    public var protocolVersion: Int
    public var title: String
    /// SHA-1 of the contest configuration's canonical JSON.
    public var configDigest: String
    /// SHA-1 of the question bank's canonical JSON.
    public var bankDigest: String
    /// When the contest's journal was created, in wall-clock microseconds.
    public var createdAt: Micros

    public init(
        protocolVersion: Int = ProtocolVersion.current, title: String, configDigest: String, bankDigest: String,
        createdAt: Micros
    ) {
        self.protocolVersion = protocolVersion
        self.title = title
        self.configDigest = configDigest
        self.bankDigest = bankDigest
        self.createdAt = createdAt
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.type("header")
            fields.field("protocolVersion", protocolVersion)
            fields.field("title", title)
            fields.field("configDigest", configDigest)
            fields.field("bankDigest", bankDigest)
            fields.field("createdAt", createdAt)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        self.init(
            protocolVersion: try object.decode("protocolVersion"), title: try object.decode("title"),
            configDigest: try object.decode("configDigest"), bankDigest: try object.decode("bankDigest"),
            createdAt: try object.decode("createdAt"))
    }
}

/// An accepted command and the events it produced, stamped with the time the reducer saw.
public struct JournalEntry: Sendable, Hashable, JSONCodable {
    public var at: Micros
    public var actor: Actor
    public var action: Action
    public var events: [Event]

    public init(at: Micros, actor: Actor, action: Action, events: [Event]) {
        self.at = at
        self.actor = actor
        self.action = action
        self.events = events
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.type("entry")
            fields.field("at", at)
            fields.field("actor", actor)
            fields.field("action", action)
            fields.field("events", events)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        self.init(
            at: try object.decode("at"), actor: try object.decode("actor"), action: try object.decode("action"),
            events: try object.decode("events"))
    }
}
