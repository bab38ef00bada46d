import ContestCore
import ContestProtocol

@testable import ContestServer

/// Real JSON of every message, event and journal record, taken from the golden final as the server
/// encodes it: the source of docs/protocol.md §8 and of the page's contract file.
enum ProtocolCatalogue {
    struct Example {
        var name: String
        var text: String
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// One example of every server message kind, numbered as one connection would see them.
    static func serverExamples(_ fresh: ContestState, played: GoldenFinal.Play) -> [Example] {
        var hub = ContestHub(state: fresh, tokens: played.hub.tokens)
        var examples: [Example] = []
        func add(_ name: String, _ message: ServerMessage?) {
            guard let message else { return }
            let seq = UInt64(examples.count + 1)
            examples.append(Example(name: name, text: text(EncodedServerMessage(message).text(seq: seq))))
        }
        func hello(_ hello: ClientMessage.Hello) -> ServerMessage? {
            var session = ContestHub.Session()
            return hub.receive(.hello(hello), session: &session, at: 1_795_222_800_000_000).replies.first
        }
        let tokens = played.hub.tokens
        add("welcome (screen)", hello(.init(role: .screen)))
        add("welcome (team)", hello(.init(role: .team, token: tokens.teams[2].token, seat: 2)))
        add("welcome (judge)", hello(.init(role: .judge, token: tokens.judges[0].token, language: .english)))
        add("welcome (host)", hello(.init(role: .host, token: tokens.host)))
        add("error (badToken)", hello(.init(role: .host, token: "WRONGTOKEN")))
        let states = played.replies.compactMap { message -> RoleView? in
            if case .state(let view) = message { return view }
            return nil
        }
        add(
            "state (public, a buzz question open)",
            states.first { $0.isPublic && $0.publicView.buzzes.count >= 2 && $0.publicView.outcome == nil }.map(
                ServerMessage.state))
        add(
            "state (public, answered and revealed)",
            states.first { $0.isPublic && $0.publicView.outcome != nil && $0.publicView.question?.answer != nil }.map(
                ServerMessage.state))
        add("state (host, a typed answer waiting)", states.first { $0.host?.pending != nil }.map(ServerMessage.state))
        let acks = played.replies.filter { if case .ack = $0 { true } else { false } }
        add("ack (a buzz)", acks.first { $0.eventTypes.contains("answerRightGranted") })
        add("ack (an answer graded at once)", acks.first { $0.eventTypes.contains("pointsAwarded") })
        add("rejected", played.replies.first { if case .rejected = $0 { true } else { false } })
        let bad = ProtocolDecodingError(.missing, at: JSONPath().appending("type"), offset: 0)
        add("error (badMessage)", hub.undecodable(bad, session: ContestHub.Session(identity: .screen)).replies.first)
        add("pong", .pong(id: "p1"))
        add(
            "presence",
            .presence(
                [
                    Presence(role: .host, peer: "192.0.2.10:51000", transport: "ndjson"),
                    Presence(role: .team, team: 3, seat: 2, peer: "192.0.2.23:52000", transport: "websocket"),
                ], screens: 40))
        return examples
    }

    /// The first event of each kind in the golden final.
    static func eventExamples(_ played: GoldenFinal.Play) -> [Example] {
        var seen: Set<String> = []
        var examples: [Example] = []
        for case .entry(let entry) in played.records {
            for event in entry.events where seen.insert(event.typeName).inserted {
                examples.append(Example(name: event.typeName, text: text(JSONWriter.encode(event))))
            }
        }
        return examples.sorted { $0.name < $1.name }
    }

    /// Every message a client may send.
    static let clientMessages: [(String, ClientMessage)] = [
        ("hello (team, seat 2, English)", .hello(.init(role: .team, token: "K7MX3QPA2B", seat: 2, language: .english))),
        ("hello (screen)", .hello(.init(role: .screen))),
        ("ping", .ping(id: "p1")),
        ("startSegment", .command(.startSegment(1), id: "h1")),
        ("startTieBreak", .command(.startTieBreak(segment: 5, teams: [3, 6]), id: nil)),
        ("endSegment", .command(.endSegment, id: nil)),
        ("finishContest", .command(.finishContest, id: nil)),
        ("showQuestion (the next draw)", .command(.showQuestion(id: nil), id: nil)),
        ("showQuestion (a chosen one)", .command(.showQuestion(id: "P1-010"), id: nil)),
        ("armBuzzers", .command(.armBuzzers, id: nil)),
        ("nextTurn", .command(.nextTurn, id: nil)),
        ("revealAnswer", .command(.revealAnswer, id: nil)),
        ("void", .command(.void, id: nil)),
        ("pause", .command(.pause, id: nil)),
        ("resume", .command(.resume, id: nil)),
        ("undo", .command(.undo, id: nil)),
        ("correctScore", .command(.correctScore(team: 3, delta: Points(hundredths: -250), reason: "仲裁组复核"), id: "h9")),
        ("rule", .command(.rule(.correct), id: nil)),
        ("scoreEssay", .command(.scoreEssay(team: 4, score: Points(hundredths: 1750)), id: nil)),
        ("buzz", .command(.buzz, id: "t1")),
        ("answer (choices)", .command(.answer(.choices([0, 2])), id: nil)),
        ("answer (true/false)", .command(.answer(.truth(false)), id: nil)),
        ("answer (text)", .command(.answer(.text("一次性告知")), id: nil)),
        ("skip", .command(.skip, id: nil)),
        ("pickTier", .command(.pickTier(1), id: nil)),
        ("climb", .command(.climb, id: nil)),
        ("stop", .command(.stop, id: nil)),
        ("decline", .command(.decline, id: nil)),
        ("climb (the host, for team 3)", .command(.onBehalf(team: 3, .climb), id: nil)),
    ]

    static func clientExamples() -> [Example] {
        clientMessages.map { Example(name: $0.0, text: text(JSONWriter.encode($0.1))) }
    }

    /// The journal's header and first two entries.
    static func journalExamples(_ played: GoldenFinal.Play) -> [Example] {
        played.records.prefix(3).map { record in
            switch record {
            case .header: Example(name: "header", text: text(JournalCoding.encode(record)))
            case .entry: Example(name: "entry", text: text(JournalCoding.encode(record)))
            }
        }
    }

    /// docs/protocol.md §8, exactly as the document must hold it.
    static func markdown(_ fresh: ContestState, played: GoldenFinal.Play) -> String {
        func section(_ title: String, _ examples: [Example]) -> String {
            "### \(title)\n\n"
                + examples.map { "`\($0.name)`\n\n```json\n\($0.text)\n```\n" }.joined(separator: "\n")
        }
        return [
            section("8.1 客户端消息 · Client messages", clientExamples()),
            section("8.2 服务器消息 · Server messages", serverExamples(fresh, played: played)),
            section("8.3 事件 · Events (in `ack` and in the journal)", eventExamples(played)),
            section("8.4 日志记录 · Journal records", journalExamples(played)),
        ].joined(separator: "\n")
    }

    /// Tests/Contract/server-messages.json: every server example, for the page's parser.
    static func contract(_ fresh: ContestState, played: GoldenFinal.Play) -> String {
        let rows = serverExamples(fresh, played: played).map { example in
            var json = JSONWriter()
            json.object {
                $0.field("name", example.name)
                $0.field("text", example.text)
            }
            return "  " + text(json.bytes)
        }
        return "[\n" + rows.joined(separator: ",\n") + "\n]\n"
    }
}

extension RoleView {
    var isPublic: Bool {
        if case .public = self { return true }
        return false
    }

    var host: HostView? {
        if case .host(let view) = self { return view }
        return nil
    }
}

extension ServerMessage {
    var eventTypes: [String] {
        if case .ack(_, let events) = self { return events.map(\.typeName) }
        return []
    }
}
