import ContestCore
import ContestProtocol
import Wire

/// The whole server without its I/O: connections, codecs, the contest hub and every timer, as a value.
///
/// A driver (`QuizServer`, epoll) feeds it what happened, each with the time it happened (a
/// connection accepted, bytes read with their receive stamp, the peer finished, the socket
/// writable, time passing) and carries out the `ServerEffect`s it returns, in order. One loop pass
/// is four steps, and the split is the server's promises:
/// 1. `decide(now:)`: the pass's messages in receive-stamp order, due deadlines fired; the
///    accepted commands' records go to the journal, then `sync`. Nobody has been answered yet.
/// 2. `journalDurable(now:)`: the answers go to the connections that sent the commands and are
///    written first, before anyone else hears anything.
/// 3. `fanOut(now:journalDigest:)`: the new state to the officials and teams, the hosts' presence
///    at most every `presenceInterval`, plain GETs, timeouts.
/// 4. `fanOutToScreens()`: the same state to every screen, after the teams have theirs.
/// Tests drive it with invented times and bytes; nothing in it sleeps or reads a clock.
public struct ServerMachine<Hub: ServerHub> {
    public let options: ServerOptions
    public internal(set) var hub: Hub
    let site: StaticSite
    var connections = ConnectionTable()
    /// Accepted commands in the journal, replayed ones included.
    public internal(set) var journalEntries: Int
    var effects: [ServerEffect] = []
    var pass = Pass()
    /// Connections with bytes to write this pass, each once (`Connection.queuedForWrite`).
    var writeList: [UInt64] = []
    var stateChanged = false
    /// The public state the screens are still to get this pass (`fanOutToScreens`).
    var screensOwed: EncodedServerMessage?
    var presenceChanged = false
    /// When hosts last heard who is connected: joins are told at most every `presenceInterval`.
    var presenceSentAt: Micros = 0
    public static var presenceInterval: Micros { Time.milliseconds(250) }
    var nextHousekeeping: Micros = 0

    public init(options: ServerOptions, hub: Hub, journalEntries: Int, site: StaticSite) {
        self.options = options
        self.hub = hub
        self.journalEntries = journalEntries
        self.site = site
    }

    /// What one pass gathered before deciding anything.
    struct Pass {
        /// Client messages with their receive stamps, in arrival order.
        var messages: [(stamp: Micros, tag: UInt64, bytes: [UInt8])] = []
        /// Plain GETs, answered after the journal is durable so they never show an unsaved state.
        var requests: [(tag: UInt64, route: HTTPRoute)] = []
        /// Answers to send once the journal is durable.
        var replies: [(tag: UInt64, messages: [EncodedServerMessage], close: Bool)] = []
        /// Messages for every connection of an identity, sent with the answers.
        var notices: [HubNotice] = []
    }

    /// The effects gathered since the last call, for the driver to carry out in order.
    public mutating func takeEffects() -> [ServerEffect] {
        guard !effects.isEmpty else { return [] }
        var taken: [ServerEffect] = []
        swap(&taken, &effects)
        return taken
    }

    /// Step 1: decides the pass's messages in receive order and fires due deadlines; the journal
    /// records come out as effects, followed by `sync` when there are any.
    public mutating func decide(now: Micros) {
        let ordered = pass.messages.enumerated().sorted {
            ($0.element.stamp, $0.offset) < ($1.element.stamp, $1.offset)
        }
        pass.messages.removeAll(keepingCapacity: true)
        let before = journalEntries
        for (_, message) in ordered { decide(message.bytes, stamp: message.stamp, tag: message.tag) }
        absorb(hub.tick(at: now))
        if journalEntries > before { effects.append(.sync) }
    }

    /// Step 2, once the journal is durable: the senders' answers, written before any fan-out.
    public mutating func journalDurable(now: Micros) {
        let replies = pass.replies
        pass.replies.removeAll(keepingCapacity: true)
        for reply in replies { deliver(reply.messages, to: reply.tag, close: reply.close, now: now) }
        for reply in replies where connections[reply.tag]?.queuedForWrite == true { requestWrite(reply.tag) }
        if !pass.notices.isEmpty {
            let notices = pass.notices
            pass.notices.removeAll(keepingCapacity: true)
            deliver(notices)
        }
    }

    /// Step 3: the new state to the officials and teams, the hub's batched notices, the hosts'
    /// presence, plain GETs, timeouts.
    public mutating func fanOut(now: Micros, journalDigest: () -> String) {
        if stateChanged { stateToOfficialsAndTeams(now: now) }
        deliver(hub.flush(at: now))
        if presenceChanged && now >= presenceSentAt + Self.presenceInterval {
            presenceSentAt = now
            broadcastPresence()
        }
        let requests = pass.requests
        pass.requests.removeAll(keepingCapacity: true)
        for request in requests { answer(request.route, tag: request.tag, now: now, journalDigest: journalDigest) }
        if now >= nextHousekeeping {
            nextHousekeeping = now + Time.seconds(1)
            housekeeping(now: now)
        }
        requestListedWrites(screens: false)
    }

    /// Step 4, once the officials' and teams' bytes are out: the same state to every screen, so
    /// queuing it for 10,000 screens never delays the lock reaching the teams; the screens' other
    /// writes of the pass (pings, answers to their hello) go with it.
    public mutating func fanOutToScreens() {
        stateToScreens()
        requestListedWrites(screens: true)
    }

    /// Asks for the writes this pass listed: the screens', or everyone else's.
    private mutating func requestListedWrites(screens: Bool) {
        var kept: [UInt64] = []
        for tag in writeList {
            if (connections[tag]?.session.identity?.isCrowd == true) == screens {
                requestWrite(tag)
            } else {
                kept.append(tag)
            }
        }
        writeList = kept
    }

    /// When the machine next needs `fanOut` without any input: a hub's deadline, a presence batch,
    /// or housekeeping (at most a second away).
    public func nextWake() -> Micros {
        var until = nextHousekeeping
        if let deadline = hub.nextDeadline { until = min(until, deadline) }
        if presenceChanged { until = min(until, presenceSentAt + Self.presenceInterval) }
        return until
    }

    /// Takes in what the hub decided: its records to the journal (durable at the pass's sync), its
    /// notices for after the sync, and whether the state changed for everyone.
    mutating func absorb(_ outcome: HubOutcome) {
        for record in outcome.records { effects.append(.journal(record)) }
        journalEntries += outcome.records.count
        if outcome.changed { stateChanged = true }
        pass.notices += outcome.notices
    }

    /// Puts a connection on this pass's write list (once).
    mutating func markForWrite(_ tag: UInt64) {
        guard connections[tag]?.queuedForWrite == false else { return }
        connections[tag]?.queuedForWrite = true
        writeList.append(tag)
    }

    /// Asks the driver to write the connection now (taking it off the pass's list).
    mutating func requestWrite(_ tag: UInt64) {
        guard connections[tag]?.queuedForWrite == true else { return }
        connections[tag]?.queuedForWrite = false
        effects.append(.write(tag))
    }
}
