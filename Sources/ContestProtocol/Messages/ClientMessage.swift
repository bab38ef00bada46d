import ContestCore

/// One message from a client, as decoded from a WebSocket text message or an NDJSON line.
///
/// Every message is a JSON object with a `type`; commands may carry an `id` the server echoes in its
/// `ack` or `rejected`, so a client can match answers to what it sent.
///
///     {"type":"hello","role":"team","token":"K7MX3QPA2B","seat":1}
///     {"type":"buzz","id":"b1"}
///     {"type":"answer","choices":[0,2]}
///     {"type":"climb","team":3}          // the host enters team 3's spoken choice
public enum ClientMessage: Sendable, Hashable {
    case hello(Hello)
    case ping(id: String?)
    case command(Action, id: String?)

    /// Who the client says it is.
    public struct Hello: Sendable, Hashable {
        public var role: Role
        public var token: String?
        public var seat: Int?
        public var language: Language

        public init(role: Role, token: String? = nil, seat: Int? = nil, language: Language = .chinese) {
            self.role = role
            self.token = token
            self.seat = seat
            self.language = language
        }
    }

    /// The part of the hall a connection speaks for.
    public enum Role: String, Sendable, Hashable, CaseIterable, JSONStringEnum {
        case host, judge, team, screen
    }
}

extension ClientMessage: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            switch self {
            case .hello(let hello):
                fields.type("hello")
                fields.field("role", hello.role)
                fields.field("token", hello.token)
                fields.field("seat", hello.seat)
                fields.field("lang", hello.language)
            case .ping(let id):
                fields.type("ping")
                fields.field("id", id)
            case .command(let action, let id):
                action.encodeFields(into: &fields)
                fields.field("id", id)
            }
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        let id = try object.messageID()
        switch try object.type() {
        case "hello":
            self = .hello(
                Hello(
                    role: try object.decode("role"), token: try object.decodeIfPresent("token"),
                    seat: try object.decodeIfPresent("seat"), language: try object.helloLanguage()))
        case "ping":
            self = .ping(id: id)
        case "tick":
            // The clock is the server's own: no client may send its ticks.
            throw object.unknownType("tick")
        default:
            self = .command(try Action(fieldsOf: object), id: id)
        }
    }
}
