import ContestCore
import Foundation

/// Turns server messages into JSON bytes, each with the next sequence number.
///
/// Owned by the event loop: numbers are global, so a broadcast encoded once carries the same number
/// to every subscriber, and a client seeing a gap knows it missed a superseded state frame.
public struct ServerMessageEncoder {
    /// The number the next message gets.
    public private(set) var nextSequence: UInt64 = 1
    private let encoder: JSONEncoder

    public init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    }

    /// The JSON for `message` (no line ending), numbered.
    public mutating func encode(_ message: ServerMessage) -> [UInt8] {
        let sequence = nextSequence
        nextSequence += 1
        do {
            return Array(try encoder.encode(Envelope(sequence: sequence, message: message)))
        } catch {
            // Every field is a plain value; failing here is a programming error worth a clear line.
            return Array(#"{"code":"internal","message":"encoding failed","seq":\#(sequence),"type":"error"}"#.utf8)
        }
    }

    private struct Envelope: Encodable {
        var sequence: UInt64
        var message: ServerMessage

        enum Key: String, CodingKey { case seq, type, id, events, code, message, clients }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(sequence, forKey: .seq)
            try container.encode(message.type, forKey: .type)
            switch message {
            case .welcome(let welcome):
                try welcome.encode(to: encoder)
            case .state(let view):
                try view.encode(to: encoder)
            case .ack(let id, let events):
                try container.encodeIfPresent(id, forKey: .id)
                try container.encode(events, forKey: .events)
            case .rejected(let id, let code, let text):
                try container.encodeIfPresent(id, forKey: .id)
                try container.encode(code, forKey: .code)
                try container.encode(text, forKey: .message)
            case .error(let code, let text):
                try container.encode(code, forKey: .code)
                try container.encode(text, forKey: .message)
            case .pong(let id):
                try container.encodeIfPresent(id, forKey: .id)
            case .presence(let clients):
                try container.encode(clients, forKey: .clients)
            }
        }
    }
}
