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
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        case host, judge, team, screen
    }
}

extension ClientMessage: Decodable {
    enum Key: String, CodingKey {
        case type, id, role, token, seat, lang, team, segment, teams, question, verdict, score, choices, truth, text
        case tier, delta, reason
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let type = try container.decode(String.self, forKey: .type)
        // Ids are echoed as strings; a script's numeric id is taken as its decimal text.
        let id =
            try (try? container.decodeIfPresent(Int.self, forKey: .id)).map { "\($0)" }
            ?? container.decodeIfPresent(String.self, forKey: .id)
        switch type {
        case "hello":
            let language: Language? = try container.decodeIfPresent(String.self, forKey: .lang).map {
                $0.lowercased().hasPrefix("en") ? .english : .chinese
            }
            self = .hello(
                Hello(
                    role: try container.decode(Role.self, forKey: .role),
                    token: try container.decodeIfPresent(String.self, forKey: .token),
                    seat: try container.decodeIfPresent(Int.self, forKey: .seat), language: language ?? .chinese))
        case "ping":
            self = .ping(id: id)
        default:
            self = .command(try Self.action(type, container), id: id)
        }
    }

    /// The action a `type` names, wrapped in `onBehalf` when a team action names a `team`.
    static func action(_ type: String, _ container: KeyedDecodingContainer<Key>) throws -> Action {
        if let teamAction = try teamAction(type, container) {
            guard let team = try container.decodeIfPresent(Int.self, forKey: .team) else { return teamAction }
            return .onBehalf(team: TeamID(team), teamAction)
        }
        switch type {
        case "startSegment": return .startSegment(try container.decode(Int.self, forKey: .segment))
        case "startTieBreak":
            return .startTieBreak(
                segment: try container.decode(Int.self, forKey: .segment),
                teams: try container.decode([Int].self, forKey: .teams).map { TeamID($0) })
        case "endSegment": return .endSegment
        case "finishContest": return .finishContest
        case "showQuestion": return .showQuestion(id: try container.decodeIfPresent(String.self, forKey: .question))
        case "armBuzzers": return .armBuzzers
        case "nextTurn": return .nextTurn
        case "revealAnswer": return .revealAnswer
        case "void": return .void
        case "pause": return .pause
        case "resume": return .resume
        case "undo": return .undo
        case "correctScore":
            return .correctScore(
                team: TeamID(try container.decode(Int.self, forKey: .team)),
                delta: try points(container, .delta), reason: try container.decode(String.self, forKey: .reason))
        case "rule": return .rule(try container.decode(Verdict.self, forKey: .verdict))
        case "scoreEssay":
            return .scoreEssay(
                team: TeamID(try container.decode(Int.self, forKey: .team)), score: try points(container, .score))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container, debugDescription: "unknown message type \"\(type)\"")
        }
    }

    /// The actions a team takes for itself; `nil` for any other type.
    static func teamAction(_ type: String, _ container: KeyedDecodingContainer<Key>) throws -> Action? {
        switch type {
        case "buzz": return .buzz
        case "skip": return .skip
        case "climb": return .climb
        case "stop": return .stop
        case "decline": return .decline
        case "pickTier": return .pickTier(try container.decode(Int.self, forKey: .tier))
        case "answer":
            if let choices = try container.decodeIfPresent([Int].self, forKey: .choices) {
                return .answer(.choices(choices))
            }
            if let truth = try container.decodeIfPresent(Bool.self, forKey: .truth) { return .answer(.truth(truth)) }
            return .answer(.text(try container.decode(String.self, forKey: .text)))
        default: return nil
        }
    }

    /// Points as the hall writes them (`-10`, `17.5`), kept exact in hundredths.
    static func points(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> Points {
        try container.decode(Points.self, forKey: key)
    }
}
