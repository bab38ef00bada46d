import ContestCore

/// One message from the server; `ServerMessageEncoder` adds the sequence number and the JSON.
public enum ServerMessage: Sendable, Hashable {
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
    /// Who is connected, for the host's console.
    case presence([Presence])

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
        }
    }

    /// A state frame is the one kind a newer frame may replace in a slow reader's queue.
    public var isSupersedable: Bool {
        if case .state = self { return true }
        return false
    }
}

/// The view a role gets: the public one (teams, screens) or the officials' one with the answer key.
public enum RoleView: Sendable, Hashable, Encodable {
    case `public`(PublicView)
    case host(HostView)

    enum Key: String, CodingKey { case `public`, host }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .public(let view): try container.encode(view, forKey: .public)
        case .host(let view): try container.encode(view, forKey: .host)
        }
    }
}

/// The contents of `welcome`; its view sits at the top level (`public` or `host`), as in `state`.
public struct Welcome: Sendable, Hashable, Encodable {
    public var role: ClientMessage.Role
    public var team: TeamID?
    public var teamName: String?
    public var seat: Int?
    public var judge: Int?
    public var lang: String
    /// The server's wall clock when the welcome was written, so a client can judge its own offset.
    public var serverTime: Micros
    /// Teams, judges and tokens, for the host console only.
    public var tokens: AccessTokens?
    public var view: RoleView

    enum Key: String, CodingKey { case role, team, teamName, seat, judge, lang, serverTime, tokens }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(role, forKey: .role)
        try container.encodeIfPresent(team, forKey: .team)
        try container.encodeIfPresent(teamName, forKey: .teamName)
        try container.encodeIfPresent(seat, forKey: .seat)
        try container.encodeIfPresent(judge, forKey: .judge)
        try container.encode(lang, forKey: .lang)
        try container.encode(serverTime, forKey: .serverTime)
        try container.encodeIfPresent(tokens, forKey: .tokens)
        try view.encode(to: encoder)
    }
}

/// One connected client, as the host console lists it.
public struct Presence: Sendable, Hashable, Encodable {
    public var role: ClientMessage.Role
    public var team: TeamID?
    public var seat: Int?
    public var judge: Int?
    public var peer: String
    public var transport: String

    public init(role: ClientMessage.Role, team: TeamID?, seat: Int?, judge: Int?, peer: String, transport: String) {
        self.role = role
        self.team = team
        self.seat = seat
        self.judge = judge
        self.peer = peer
        self.transport = transport
    }
}

/// Codes of `error` messages: the message was wrong, not the move.
public enum ProtocolErrorCode: String, Sendable, Hashable, Encodable {
    case badMessage
    case helloRequired
    case alreadyIdentified
    case badToken
    case badSeat
    case serverShuttingDown
    case lineTooLong
}
