import ContestCore
import ContestProtocol
import Foundation
import Wire

@testable import ContestServer

/// A `ServerMachine` with a pretend world around it: sockets that take what they are given (or
/// only so much), a journal, and a log of every effect in the order the machine asked for it.
struct MachineWorld {
    /// What the world saw happen, in order.
    enum Step: Hashable {
        case journal
        case sync
        case wrote(UInt64)
        case shutdown(UInt64)
        case closed(UInt64)
        case watched(UInt64)
    }

    var machine: ServerMachine<ContestHub>
    var steps: [Step] = []
    var journal: [[UInt8]] = []
    var logLines: [String] = []
    /// Everything each connection was sent.
    var received: [UInt64: [UInt8]] = [:]
    /// How many bytes each socket takes per write; unlimited when absent.
    var capacity: [UInt64: Int] = [:]
    var closed: Set<UInt64> = []
    /// The time of the latest input or pass, for the writes that follow it.
    var now: Micros = 0

    init(options: ServerOptions = ServerOptions(), state: ContestState = ServerFixture.contest()) {
        machine = ServerMachine(
            options: options, hub: ContestHub(state: state, tokens: ServerFixture.tokens()), journalEntries: 0,
            site: StaticSite(root: nil))
    }

    static let tokens = ServerFixture.tokens()

    mutating func connect(_ tag: UInt64, at now: Micros) { machine.accepted(tag, peer: "10.0.0.\(tag)", now: now) }

    /// One NDJSON line from the client, arrived at `stamp`, read at `now`.
    mutating func line(_ tag: UInt64, _ text: String, stamp: Micros, now: Micros? = nil) {
        bytes(tag, Array((text + "\n").utf8), stamp: stamp, now: now ?? stamp)
    }

    mutating func bytes(_ tag: UInt64, _ bytes: [UInt8], stamp: Micros, now: Micros? = nil) {
        self.now = now ?? stamp
        bytes.withUnsafeBytes { machine.received(tag, bytes: $0, stamp: stamp, now: self.now) }
        perform()
    }

    /// Connects and identifies an NDJSON client: `host`, `screen`, `team N` (seat 1) or `judge N`.
    mutating func join(_ tag: UInt64, _ role: String, number: Int = 1, at now: Micros) {
        connect(tag, at: now)
        let token: String? =
            switch role {
            case "host": Self.tokens.host
            case "team": Self.tokens.teams[number - 1].token
            case "judge": Self.tokens.judges[number - 1].token
            default: nil
            }
        let tokenField = token.map { #","token":"\#($0)""# } ?? ""
        let seat = role == "team" ? #","seat":1"# : ""
        line(tag, #"{"type":"hello","role":"\#(role)"\#(tokenField)\#(seat)}"#, stamp: now)
        pass(at: now)
    }

    /// One loop pass at `now`: decide and sync, answer the senders, officials and teams, screens, each
    /// step's effects done.
    mutating func pass(at now: Micros) {
        self.now = now
        machine.decide(now: now)
        perform()
        machine.journalDurable(now: now)
        perform()
        machine.fanOut(now: now) { "digest" }
        perform()
        machine.fanOutToScreens()
        perform()
    }

    mutating func perform() {
        while true {
            let effects = machine.takeEffects()
            if effects.isEmpty { return }
            for effect in effects { perform(effect) }
        }
    }

    mutating func perform(_ effect: ServerEffect) {
        switch effect {
        case .journal(let record):
            journal.append(record)
            steps.append(.journal)
        case .sync:
            steps.append(.sync)
        case .write(let tag):
            var taken: [UInt8] = []
            let room = capacity[tag] ?? Int.max
            machine.drain(tag, now: now) { first, second in
                let count = min(first.count + second.count, room - taken.count)
                let both = Array(first) + Array(second)
                taken += both.prefix(count)
                return count
            }
            received[tag, default: []] += taken
            if !taken.isEmpty { steps.append(.wrote(tag)) }
        case .interest:
            break
        case .shutdownWrite(let tag):
            steps.append(.shutdown(tag))
        case .close(let tag):
            closed.insert(tag)
            steps.append(.closed(tag))
        case .watchArrivals(let tag):
            steps.append(.watched(tag))
        case .log(let text):
            logLines.append(text)
        }
    }

    /// The NDJSON messages a connection was sent, as JSON objects.
    func messages(_ tag: UInt64) -> [[String: Any]] {
        (received[tag] ?? []).split(separator: 0x0A).compactMap {
            try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]
        }
    }

    func types(_ tag: UInt64) -> [String] { messages(tag).compactMap { $0["type"] as? String } }

    /// Forgets what was written so far, so a test reads only what comes next.
    mutating func clearReceived() {
        received = [:]
        steps = []
    }
}
