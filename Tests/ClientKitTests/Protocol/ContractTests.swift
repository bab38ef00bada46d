import ClientKit
import ContestCore
import ContestProtocol
import Foundation
import Testing

/// The consoles read what the server's encoder really writes: every message of
/// Tests/Contract/server-messages.json (generated from the encoder by ProtocolDocumentTests), read
/// through the link's own entry point, writes back to the very same bytes: nothing was lost or guessed.
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

    static func message(_ name: String) throws -> ServerMessage {
        let example = try #require(examples.first { $0.name == name }, "no example \(name)")
        return try ServerLink.envelope(example.text).message
    }

    @Test func everyMessageTheEncoderWritesReadsBackToTheSameValues() throws {
        #expect(Self.examples.count == 14)
        for example in Self.examples {
            let envelope = try ServerLink.envelope(example.text)
            #expect(envelope.message.type == example.name.split(separator: " ").first.map(String.init))
            #expect(String(decoding: JSONWriter.encode(envelope), as: UTF8.self) == example.text, "\(example.name)")
        }
    }

    @Test func theConsolesReadTheValuesTheServerSent() throws {
        guard case .welcome(let team) = try Self.message("welcome (team)") else { throw ContractFailure() }
        #expect(team.role == .team)
        #expect(team.team == 3)
        #expect(team.seat == 2)
        #expect(team.view.publicView.scoreboard.count == 8)
        guard case .welcome(let host) = try Self.message("welcome (host)") else { throw ContractFailure() }
        #expect(host.tokens?.teams.count == 8)
        guard case .host(let hostView) = host.view else { throw ContractFailure() }
        #expect(hostView.segments.map(\.kind) == SegmentKind.allCases)
        guard case .state(.public(let answered)) = try Self.message("state (public, answered and revealed)") else {
            throw ContractFailure()
        }
        #expect(Labels.outcome(answered.outcome, names: answered.name(of:))?.hasSuffix("答对") == true)
        #expect(answered.question?.answer != nil)
        guard case .state(.host(let waiting)) = try Self.message("state (host, a typed answer waiting)") else {
            throw ContractFailure()
        }
        #expect(waiting.pending != nil)
        guard case .ack(let id, let events) = try Self.message("ack (a buzz)") else { throw ContractFailure() }
        #expect(id != nil)
        #expect(events.map(\.typeName) == ["buzzRecorded", "answerRightGranted"])
    }

    /// An older console against a newer server: a message type it does not know is ignored.
    @Test func aMessageOfANewerKindIsUnknownNotAFailure() throws {
        let envelope = try ServerLink.envelope(#"{"type":"examTick","seq":3,"left":5}"#)
        #expect(envelope.message == .unknown(type: "examTick"))
    }

    struct ContractFailure: Error {}
}
