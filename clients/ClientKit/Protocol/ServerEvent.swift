import Foundation

/// One message from the server, decoded for the consoles (docs/protocol.md §2).
public enum ServerEvent: Sendable, Hashable {
    case welcome(Welcome)
    case publicState(PublicView)
    case hostState(HostView)
    case ack(id: String?)
    case rejected(id: String?, code: String, message: String)
    case error(code: String, message: String)
    case presence([PresenceEntry])
    /// `pong`, or a type this client does not know: nothing to show.
    case other

    /// What `welcome` says about who we are, with the first snapshot.
    public struct Welcome: Sendable, Hashable {
        public var role: String
        public var team: Int?
        public var seat: Int?
        public var teamName: String?
        public var judge: Int?
        public var tokens: TokenList?
        public var publicView: PublicView?
        public var hostView: HostView?

        public init(role: String, team: Int? = nil, seat: Int? = nil, teamName: String? = nil) {
            (self.role, self.team, self.seat, self.teamName) = (role, team, seat, teamName)
        }
    }

    /// Decodes one text message; a message that is not ours is an error the caller logs, not a crash.
    public static func decode(_ text: String) throws -> ServerEvent {
        try JSONDecoder().decode(Envelope.self, from: Data(text.utf8)).event
    }

    private struct Envelope: Decodable {
        var event: ServerEvent

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Key.self)
            let type = try c.decode(String.self, forKey: .type)
            func string(_ key: Key) throws -> String? {
                if let text = try? c.decodeIfPresent(String.self, forKey: key) { return text }
                return try c.decodeIfPresent(Int.self, forKey: key).map(String.init)
            }
            switch type {
            case "welcome":
                var welcome = Welcome(role: try c.decode(String.self, forKey: .role))
                welcome.team = try c.decodeIfPresent(Int.self, forKey: .team)
                welcome.seat = try c.decodeIfPresent(Int.self, forKey: .seat)
                welcome.teamName = try c.decodeIfPresent(String.self, forKey: .teamName)
                welcome.judge = try c.decodeIfPresent(Int.self, forKey: .judge)
                welcome.tokens = try c.decodeIfPresent(TokenList.self, forKey: .tokens)
                welcome.publicView = try c.decodeIfPresent(PublicView.self, forKey: .public)
                welcome.hostView = try c.decodeIfPresent(HostView.self, forKey: .host)
                event = .welcome(welcome)
            case "state":
                if let host = try c.decodeIfPresent(HostView.self, forKey: .host) {
                    event = .hostState(host)
                } else {
                    event = .publicState(try c.decode(PublicView.self, forKey: .public))
                }
            case "ack":
                event = .ack(id: try string(.id))
            case "rejected":
                event = .rejected(
                    id: try string(.id), code: try c.decode(String.self, forKey: .code),
                    message: try c.decodeIfPresent(String.self, forKey: .message) ?? "")
            case "error":
                event = .error(
                    code: try c.decode(String.self, forKey: .code),
                    message: try c.decodeIfPresent(String.self, forKey: .message) ?? "")
            case "presence":
                event = .presence(try c.decodeIfPresent([PresenceEntry].self, forKey: .clients) ?? [])
            default:
                event = .other
            }
        }

        enum Key: String, CodingKey {
            case type, role, team, seat, teamName, judge, tokens, `public`, host, id, code, message, clients
        }
    }
}
