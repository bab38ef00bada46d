import Foundation

/// A `quiz-server` with the bench's host console and eight team consoles on it, all WebSocket:
/// commands go out with ids and their `ack` or `rejected` is awaited; the host's latest view kept.
final class QuizHall {
    let context: BenchContext
    let server: ServerUnderTest
    let dataFolder: String
    let host: BenchConnection
    /// Team consoles by team number 1…8 (index 0 is team 1); empty when the hall has none.
    private(set) var teams: [BenchConnection] = []
    private var replies: [String: String] = [:]
    private var nextID = 0
    /// The host view of the latest `state` the host received.
    private(set) var hostView: [String: Any] = [:]
    /// Called with each text frame a team receives: its team number, payload and read time.
    var onTeamText: ((Int, [UInt8], Int64) -> Void)?
    /// Called with each text frame the host receives (after the hall's own handling).
    var onHostText: (([UInt8], Int) -> Void)?

    var loop: EventLoop { context.loop }

    /// Starts a server for `questions` buzz rounds and connects the host (and the teams when `withTeams`).
    init(context: BenchContext, name: String, questions: Int, withTeams: Bool = true) throws {
        self.context = context
        dataFolder = context.dataFolder(name)
        server = try context.startQuizServer(data: dataFolder, questions: questions)
        let tokens = try Tokens(dataFolder: dataFolder)
        guard let host = context.loop.connect(port: server.port, reading: .full) else {
            throw BenchFailure("cannot connect the host console")
        }
        self.host = host
        host.onOpen = { $0.sendText(#"{"type":"hello","role":"host","token":"\#(tokens.host)"}"#) }
        host.onText = { [unowned self] _, payload, length, _ in hostReceived(payload, length) }
        if withTeams {
            for team in 1...8 {
                guard let console = context.loop.connect(port: server.port, reading: .full) else {
                    throw BenchFailure("cannot connect team \(team)")
                }
                let token = tokens.teams[team] ?? ""
                console.onOpen = { $0.sendText(#"{"type":"hello","role":"team","token":"\#(token)","seat":1}"#) }
                console.onText = { [unowned self] _, payload, _, at in onTeamText?(team, payload, at) }
                teams.append(console)
            }
        }
        let everyone = [host] + teams
        guard loop.run(until: context.deadline(30), { everyone.allSatisfy { $0.framesReceived > 0 } }) else {
            throw BenchFailure("the consoles got no welcome: \(loop.firstFailure ?? "no reply")")
        }
    }

    private func hostReceived(_ payload: [UInt8], _ length: Int) {
        if ByteSearch.hasPrefix(payload, Self.ackPrefix) || ByteSearch.hasPrefix(payload, Self.rejectedPrefix) {
            if let object = try? JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any],
                let id = object["id"] as? String
            {
                replies[id] = object["type"] as? String
            }
        } else if ByteSearch.hasPrefix(payload, ScreenFleet.statePrefix) {
            if let object = try? JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any],
                let view = object["host"] as? [String: Any]
            {
                hostView = view
            }
        }
        onHostText?(payload, length)
    }

    static let ackPrefix = Array(#"{"type":"ack""#.utf8)
    static let rejectedPrefix = Array(#"{"type":"rejected""#.utf8)

    /// Sends a host command (`fields` are extra JSON members, e.g. `"segment":0`) without waiting; its id.
    func send(_ type: String, _ fields: String = "") -> String {
        nextID += 1
        let id = "b\(nextID)"
        host.sendText(#"{"type":"\#(type)","id":"\#(id)"\#(fields.isEmpty ? "" : "," + fields)}"#)
        return id
    }

    /// Whether the reply to `id` has come, and whether it was an `ack`.
    func reply(_ id: String) -> String? { replies[id] }

    func forget(_ id: String) { replies[id] = nil }

    /// Sends a host command and waits for its reply; throws when it is refused or does not come.
    func command(_ type: String, _ fields: String = "", seconds: Double = 30) throws {
        let id = send(type, fields)
        guard loop.run(until: context.deadline(seconds), { replies[id] != nil }) else {
            throw BenchFailure("no reply to \(type): \(loop.firstFailure ?? "timeout")")
        }
        defer { forget(id) }
        guard replies[id] == "ack" else { throw BenchFailure("the server refused \(type)") }
    }

    /// The teams in the host's buzz list for the open question, in the server's order.
    var buzzOrder: [Int] {
        let view = hostView["view"] as? [String: Any]
        return (view?["buzzes"] as? [[String: Any]] ?? []).compactMap { $0["team"] as? Int }
    }

    func close() {
        loop.closeAll()
        server.stop()
    }
}
