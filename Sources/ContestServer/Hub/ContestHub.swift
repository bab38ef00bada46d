import ContestCore
import ContestProtocol

/// The contest as the server's connections see it: identities, commands, replies, journal entries.
///
/// Sans-IO like the codecs: the event loop hands it decoded messages with the kernel's receive time
/// and carries out what comes back (reply, journal, broadcast, close). Every rule about who may do
/// what lives here or in the core, so it is tested without a socket.
public struct ContestHub: Sendable {
    public private(set) var state: ContestState
    public let tokens: AccessTokens

    public init(state: ContestState, tokens: AccessTokens) {
        self.state = state
        self.tokens = tokens
    }

    /// One connection's standing with the hub.
    public typealias Session = HubSession

    /// What to do after a message: answer, journal, maybe close; `log` is for the operator.
    public struct Outcome: Sendable, Hashable {
        public var replies: [ServerMessage] = []
        /// The accepted command's record; the loop journals it and broadcasts the new state.
        public var entry: JournalEntry?
        /// Close the connection after the replies (a wrong token).
        public var close = false
        public var log: String?
    }

    /// Handles one message from a connection.
    public mutating func receive(_ message: ClientMessage, session: inout Session, at now: Micros) -> Outcome {
        switch message {
        case .hello(let hello):
            return greet(hello, session: &session, at: now)
        case .ping(let id):
            return Outcome(replies: [.pong(id: id)])
        case .command(let action, let id):
            guard let identity = session.identity else {
                return Outcome(replies: [
                    .error(.helloRequired, message: ProtocolErrorCode.helloRequired.message(session.language))
                ])
            }
            return command(action, id: id, from: identity, language: session.language, at: now)
        }
    }

    /// The reply to a message that could not be decoded, naming the field, in the connection's language.
    public func undecodable(_ error: ProtocolDecodingError, session: Session) -> Outcome {
        let detail = error.message(session.language)
        return Outcome(replies: [
            .error(.badMessage, message: ProtocolErrorCode.badMessage.message(session.language, detail: detail))
        ])
    }

    /// Fires the contest's due deadline, if any: the tick's journal entry.
    public mutating func dueTick(at now: Micros) -> JournalEntry? {
        guard let deadline = state.nextDeadline, deadline <= now else { return nil }
        let command = Command(.tick, by: .system, at: now)
        guard case .success(let events) = state.handle(command), !events.isEmpty else { return nil }
        return JournalEntry(at: now, actor: .system, action: .tick, events: events)
    }

    /// What `identity` may see right now.
    public func view(for identity: Identity, at now: Micros) -> RoleView {
        switch identity {
        case .host: .host(HostView(state, now: now))
        case .judge(let number): .host(HostView(state, now: now, judge: number))
        case .team, .screen, .candidate, .proctor, .marker, .practicalJudge: .public(PublicView(state, now: now))
        }
    }

    private mutating func greet(_ hello: ClientMessage.Hello, session: inout Session, at now: Micros) -> Outcome {
        guard session.identity == nil else {
            return Outcome(replies: [
                .error(.alreadyIdentified, message: ProtocolErrorCode.alreadyIdentified.message(session.language))
            ])
        }
        let identity: Identity
        if hello.role == .screen {
            identity = .screen
        } else {
            switch tokens.holder(of: hello.token ?? "", as: hello.role) {
            case nil:
                var refusal = Outcome(
                    replies: [.error(.badToken, message: ProtocolErrorCode.badToken.message(hello.language))])
                refusal.close = true
                refusal.log = "refused a \(hello.role.rawValue) hello with a wrong token"
                return refusal
            case .host:
                identity = .host
            case .judge(let number):
                identity = .judge(number)
            case .team(let team):
                let seats = state.config.team(team)?.seats ?? [1]
                let seat = hello.seat ?? seats[0]
                guard seats.contains(seat) else {
                    let detail = seats.map(String.init).joined(separator: ", ")
                    return Outcome(replies: [
                        .error(.badSeat, message: ProtocolErrorCode.badSeat.message(hello.language, detail: detail))
                    ])
                }
                identity = .team(team, seat: seat)
            }
        }
        session.identity = identity
        session.language = hello.language
        var outcome = Outcome(replies: [
            .welcome(welcome(identity, role: hello.role, language: hello.language, at: now))
        ])
        outcome.log = "\(identity.logName) joined"
        return outcome
    }

    private func welcome(_ identity: Identity, role: ClientMessage.Role, language: Language, at now: Micros) -> Welcome
    {
        var welcome = Welcome(role: role, lang: language, serverTime: now, view: view(for: identity, at: now))
        switch identity {
        case .host:
            welcome.tokens = tokens
        case .judge(let number):
            welcome.judge = number
        case .team(let team, let seat):
            welcome.team = team
            welcome.seat = seat
            welcome.teamName = state.config.team(team)?.name
        case .screen, .candidate, .proctor, .marker, .practicalJudge:
            break
        }
        return welcome
    }

    private mutating func command(
        _ action: Action, id: String?, from identity: Identity, language: Language, at now: Micros
    ) -> Outcome {
        guard let actor = identity.actor else {
            let rejection = Rejection(.notAllowed)
            return Outcome(replies: [
                .rejected(id: id, code: rejection.code.rawValue, message: rejection.message(language))
            ])
        }
        switch state.handle(Command(action, by: actor, at: now)) {
        case .success(let events):
            var outcome = Outcome(replies: [.ack(id: id, events: events)])
            if !events.isEmpty { outcome.entry = JournalEntry(at: now, actor: actor, action: action, events: events) }
            return outcome
        case .failure(let rejection):
            return Outcome(replies: [
                .rejected(id: id, code: rejection.code.rawValue, message: rejection.message(language))
            ])
        }
    }
}
