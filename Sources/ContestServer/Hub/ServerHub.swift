import ContestCore
import ContestProtocol

/// What `ServerMachine` needs of the thing its connections talk to: the final's contest or an exam day.
///
/// The machine owns the sockets' side (codecs, timers, the journal's order, writing); the hub owns
/// the rules: it decodes and decides each message, says what to journal, whom to answer and whom to
/// tell. Both stay sans-IO, so a hub is tested by calling it and a machine by feeding it bytes.
public protocol ServerHub: Sendable {
    /// Decodes and decides one message from a connection at its receive time.
    mutating func receive(_ bytes: [UInt8], session: inout HubSession, at now: Micros) -> HubOutcome
    /// Fires what is due at `now` (a contest's timer, the exam's deadlines); empty when nothing is.
    mutating func tick(at now: Micros) -> HubOutcome
    /// When `tick` or `flush` next has something to do.
    var nextDeadline: Micros? { get }
    /// Who shares a state broadcast with `identity` after a change (one encoding per audience), or
    /// nil when the identity hears changes only through notices.
    func stateAudience(of identity: Identity) -> Identity?
    /// The state message of one audience after a change; nil when it has none.
    func stateMessage(for audience: Identity, at now: Micros) -> EncodedServerMessage?
    /// A connection of `identity` was identified (`joined`) or went away.
    mutating func connection(of identity: Identity, joined: Bool)
    /// Notices held back to be sent in batches (the proctors' roster), when their time has come.
    mutating func flush(at now: Micros) -> [HubNotice]
    /// `GET /api/state`: what anyone may see, with the journal's length and digest.
    func publicState(at now: Micros, journalEntries: Int, journalDigest: String) -> [UInt8]
    /// `GET /api/results.csv`, or nil where the hub has none (404).
    func resultsCSV() -> [UInt8]?
}

/// One connection's standing with the hub: who it speaks for and in which language.
public struct HubSession: Sendable, Hashable {
    public var identity: Identity?
    public var language: Language

    public init(identity: Identity? = nil, language: Language = .chinese) {
        self.identity = identity
        self.language = language
    }
}

/// A message for every open connection of one identity: a candidate's other pages, each proctor.
public struct HubNotice: Sendable {
    public var to: Identity
    public var message: EncodedServerMessage

    public init(to: Identity, message: EncodedServerMessage) {
        (self.to, self.message) = (to, message)
    }
}

/// What to do after a message or a tick: journal, answer, tell, maybe close; `log` is for the operator.
///
/// Nothing in it reaches anyone before `records` are durable: the machine journals and syncs first.
public struct HubOutcome: Sendable {
    /// Journal payloads of the accepted requests, in order.
    public var records: [[UInt8]] = []
    public var replies: [EncodedServerMessage] = []
    /// Whether every audience's state changed (`stateMessage`).
    public var changed = false
    public var notices: [HubNotice] = []
    /// Close the connection after the replies (a wrong token).
    public var close = false
    public var log: String?

    public init() {}
}
