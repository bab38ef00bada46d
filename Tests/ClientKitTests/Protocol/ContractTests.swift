import ClientKit
import Foundation
import Testing

/// The consoles read what the server's encoder really writes: every message of
/// Tests/Contract/server-messages.json (generated from the encoder by ProtocolDocumentTests).
@Suite struct ContractTests {
    struct Example: Decodable {
        var name: String
        var text: String
    }

    static let examples: [Example] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Contract/server-messages.json")
        return (try? JSONDecoder().decode([Example].self, from: Data(contentsOf: url))) ?? []
    }()

    static func event(_ name: String) throws -> ServerEvent {
        let example = try #require(examples.first { $0.name == name }, "no example \(name)")
        return try ServerEvent.decode(example.text)
    }

    @Test func everyMessageTheEncoderWritesIsReadAsItsKind() throws {
        #expect(Self.examples.count == 14)
        for example in Self.examples {
            let event = try ServerEvent.decode(example.text)
            let expected = example.name.split(separator: " ").first.map(String.init) ?? ""
            switch event {
            case .welcome: #expect(expected == "welcome", "\(example.name)")
            case .publicState, .hostState: #expect(expected == "state", "\(example.name)")
            case .ack: #expect(expected == "ack", "\(example.name)")
            case .rejected: #expect(expected == "rejected", "\(example.name)")
            case .error: #expect(expected == "error", "\(example.name)")
            case .presence: #expect(expected == "presence", "\(example.name)")
            case .other: #expect(expected == "pong", "\(example.name)")
            }
        }
    }

    @Test func theConsolesReadTheValuesTheServerSent() throws {
        guard case .welcome(let team) = try Self.event("welcome (team)") else { throw ContractFailure() }
        #expect(team.role == "team")
        #expect(team.team == 3)
        #expect(team.seat == 2)
        #expect(team.publicView?.scoreboard.count == 8)
        guard case .welcome(let host) = try Self.event("welcome (host)") else { throw ContractFailure() }
        #expect(host.tokens?.teams.count == 8)
        #expect(host.hostView?.segments.map(\.kind) == ["speed", "buzz", "relay", "risk", "essay", "tiebreak"])
        guard case .publicState(let answered) = try Self.event("state (public, answered and revealed)") else {
            throw ContractFailure()
        }
        #expect(Labels.outcome(answered.outcome, names: answered.name(of:))?.hasSuffix("答对") == true)
        #expect(answered.question?.answer != nil)
        guard case .hostState(let waiting) = try Self.event("state (host, a typed answer waiting)") else {
            throw ContractFailure()
        }
        #expect(Labels.submission(waiting.pending) != nil)
        #expect(waiting.recentScores.allSatisfy { !Labels.scoreReason($0.reason).isEmpty })
        guard case .ack(let id) = try Self.event("ack (a buzz)") else { throw ContractFailure() }
        #expect(id != nil)
    }

    struct ContractFailure: Error {}
}
