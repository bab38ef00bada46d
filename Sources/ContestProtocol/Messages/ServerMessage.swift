import ContestCore

/// A message the server numbers and sends: a `type`, then `seq`, then its own fields.
///
/// The final's `ServerMessage` and the exam day's messages share the envelope, so one encoder numbers
/// both per connection and a page reads `type` and `seq` the same way on either.
public protocol EnvelopedMessage: Sendable {
    /// The wire name, the message's `type` field.
    var type: String { get }
    /// Whether a newer message of the same kind may replace it in a slow reader's queue.
    var isSupersedable: Bool { get }
    /// Writes the message's own fields (after `type` and `seq`).
    func encodeFields(into fields: inout JSONObjectWriter)
}

/// One message from the server; `ServerEnvelope` numbers it.
public enum ServerMessage: Sendable, Hashable, EnvelopedMessage {
    /// The answer to a good `hello`: who the server takes you for and everything your role may see.
    case welcome(Welcome)
    /// The whole view for a role after a change; a newer one supersedes it.
    case state(RoleView)
    /// A command was accepted; these are its events.
    case ack(id: String?, events: [Event])
    /// The contest rules refused a command; nothing changed.
    case rejected(id: String?, code: String, message: String)
    /// The message itself was wrong (not JSON, unknown type, no hello yet, bad token).
    case error(ProtocolErrorCode, message: String)
    case pong(id: String?)
    /// Who is connected, for the host's console: the officials and teams by name, the screens by count.
    ///
    /// Screens are counted, never listed: a hall of thousands of phones would otherwise send every
    /// host the whole list at every join, which grows with the square of the crowd.
    case presence([Presence], screens: Int)
    /// A message of a type this version does not know: a newer server's; a client ignores it.
    case unknown(type: String)

    /// The wire name of the message, its `type` field.
    public var type: String {
        switch self {
        case .welcome: "welcome"
        case .state: "state"
        case .ack: "ack"
        case .rejected: "rejected"
        case .error: "error"
        case .pong: "pong"
        case .presence: "presence"
        case .unknown(let type): type
        }
    }

    /// A state frame is the one kind a newer frame may replace in a slow reader's queue.
    public var isSupersedable: Bool {
        if case .state = self { return true }
        return false
    }

    public func encodeFields(into fields: inout JSONObjectWriter) {
        switch self {
        case .welcome(let welcome): welcome.encodeFields(into: &fields)
        case .state(let view): view.encodeField(into: &fields)
        case .ack(let id, let events):
            fields.field("id", id)
            fields.field("events", events)
        case .rejected(let id, let code, let text):
            fields.field("id", id)
            fields.field("code", code)
            fields.field("message", text)
        case .error(let code, let text):
            fields.field("code", code)
            fields.field("message", text)
        case .pong(let id):
            fields.field("id", id)
        case .presence(let clients, let screens):
            fields.field("clients", clients)
            fields.field("screens", screens)
        case .unknown:
            break
        }
    }

    /// Reads a message of any type; a type this version does not know is `.unknown`, not an error.
    init(fieldsOf o: JSONObject) throws(ProtocolDecodingError) {
        let type = try o.type()
        switch type {
        case "welcome": self = .welcome(try Welcome(fieldsOf: o))
        case "state": self = .state(try RoleView(fieldsOf: o))
        case "ack": self = .ack(id: try o.decodeIfPresent("id"), events: try o.decodeKnownElements("events"))
        case "rejected":
            self = .rejected(
                id: try o.decodeIfPresent("id"), code: try o.decode("code"),
                message: try o.decodeIfPresent("message") ?? "")
        case "error":
            let code: ProtocolErrorCode? = try o.decodeIfKnown("code")
            self = .error(code ?? .unknown, message: try o.decodeIfPresent("message") ?? "")
        case "pong": self = .pong(id: try o.decodeIfPresent("id"))
        case "presence":
            let clients: [Presence] = try o.decodeKnownElements("clients")
            // A server before `screens` listed every screen among the clients.
            let listed = clients.filter { $0.role == .screen }.count
            self = .presence(
                clients.filter { $0.role != .screen }, screens: try o.decodeIfPresent("screens") ?? listed)
        default: self = .unknown(type: type)
        }
    }
}

/// A server message with its sequence number: `{"type": "state", "seq": 12, …}`.
public struct ServerEnvelope: Sendable, Hashable, JSONCodable {
    public var seq: UInt64
    public var message: ServerMessage

    public init(seq: UInt64, message: ServerMessage) {
        self.seq = seq
        self.message = message
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.type(message.type)
            fields.field("seq", seq)
            message.encodeFields(into: &fields)
        }
    }

    /// The envelope's bytes before and after its sequence number, so a server encodes a broadcast
    /// once and numbers it per connection: `head + "12" + tail` is the envelope with `seq` 12.
    public static func encodeAroundSequence(_ message: some EnvelopedMessage) -> (head: [UInt8], tail: [UInt8]) {
        var head = Array(#"{"type":"#.utf8)
        head += JSONWriter.encode(message.type)
        head += Array(#","seq":"#.utf8)
        var whole = JSONWriter()
        whole.object { fields in
            fields.type(message.type)
            fields.field("seq", 0)
            message.encodeFields(into: &fields)
        }
        return (head, Array(whole.bytes[(head.count + 1)...]))
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        seq = try object.decodeIfPresent("seq") ?? 0
        message = try ServerMessage(fieldsOf: object)
    }
}

/// The view a role gets: the public one (teams, screens) or the officials' one with the answer key,
/// under the key `public` or `host` of `welcome` and `state`.
public enum RoleView: Sendable, Hashable {
    case `public`(PublicView)
    case host(HostView)

    func encodeField(into fields: inout JSONObjectWriter) {
        switch self {
        case .public(let view): fields.field("public", view)
        case .host(let view): fields.field("host", view)
        }
    }

    init(fieldsOf o: JSONObject) throws(ProtocolDecodingError) {
        if let host: HostView = try o.decodeIfPresent("host") {
            self = .host(host)
        } else {
            self = .public(try o.decode("public"))
        }
    }

    /// The public part, which every role's view has.
    public var publicView: PublicView {
        switch self {
        case .public(let view): view
        case .host(let view): view.view
        }
    }
}

/// The contents of `welcome`; its view sits at the top level (`public` or `host`), as in `state`.
public struct Welcome: Sendable, Hashable {
    public var role: ClientMessage.Role
    public var team: TeamID?
    public var teamName: String?
    public var seat: Int?
    public var judge: Int?
    public var lang: Language
    /// The protocol this server speaks, so a client can tell it is talking to a newer one.
    public var protocolVersion: Int
    /// The server's wall clock when the welcome was written, so a client can judge its own offset.
    public var serverTime: Micros
    /// Teams, judges and tokens, for the host console only.
    public var tokens: AccessTokens?
    public var view: RoleView

    public init(
        role: ClientMessage.Role, lang: Language, protocolVersion: Int = ProtocolVersion.current, serverTime: Micros,
        view: RoleView
    ) {
        (self.role, self.lang, self.protocolVersion, self.serverTime, self.view) =
            (role, lang, protocolVersion, serverTime, view)
    }

    func encodeFields(into fields: inout JSONObjectWriter) {
        fields.field("protocolVersion", protocolVersion)
        fields.field("role", role)
        fields.field("team", team)
        fields.field("teamName", teamName)
        fields.field("seat", seat)
        fields.field("judge", judge)
        fields.field("lang", lang)
        fields.field("serverTime", serverTime)
        fields.field("tokens", tokens)
        view.encodeField(into: &fields)
    }

    init(fieldsOf o: JSONObject) throws(ProtocolDecodingError) {
        self.init(
            role: try o.decode("role"), lang: try o.decodeIfKnown("lang") ?? .chinese,
            protocolVersion: try o.decodeIfPresent("protocolVersion") ?? 1,
            serverTime: try o.decodeIfPresent("serverTime") ?? 0,
            view: try RoleView(fieldsOf: o))
        team = try o.decodeIfPresent("team")
        teamName = try o.decodeIfPresent("teamName")
        seat = try o.decodeIfPresent("seat")
        judge = try o.decodeIfPresent("judge")
        tokens = try o.decodeIfPresent("tokens")
    }
}

/// One connected client, as the host console lists it.
public struct Presence: Sendable, Hashable, JSONCodable {
    public var role: ClientMessage.Role
    public var team: TeamID?
    public var seat: Int?
    public var judge: Int?
    public var peer: String
    public var transport: String

    public init(
        role: ClientMessage.Role, team: TeamID? = nil, seat: Int? = nil, judge: Int? = nil, peer: String = "",
        transport: String = ""
    ) {
        (self.role, self.team, self.seat, self.judge, self.peer, self.transport) =
            (role, team, seat, judge, peer, transport)
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.field("role", role)
            fields.field("team", team)
            fields.field("seat", seat)
            fields.field("judge", judge)
            fields.field("peer", peer)
            fields.field("transport", transport)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        self.init(
            role: try o.decode("role"), team: try o.decodeIfPresent("team"), seat: try o.decodeIfPresent("seat"),
            judge: try o.decodeIfPresent("judge"), peer: try o.decodeIfPresent("peer") ?? "",
            transport: try o.decodeIfPresent("transport") ?? "")
    }
}
