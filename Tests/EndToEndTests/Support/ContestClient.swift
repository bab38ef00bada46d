import Foundation
import Wire

/// A test's view of one console: JSON objects out, JSON objects in, over either transport.
class ContestClient {
    let socket: Socket
    /// The latest `state` message's view (`public` or `host`), kept as messages stream past.
    var lastState: [String: Any] = [:]
    var lastSequence: Int = 0
    private var counter = 0

    init(socket: Socket) {
        self.socket = socket
    }

    func sendText(_ text: String) throws { fatalError("override") }
    func receiveText() throws -> String? { fatalError("override") }

    func send(_ object: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: object)
        try sendText(String(decoding: data, as: UTF8.self))
    }

    /// The next message; sequence numbers must only ever increase.
    func receive() throws -> [String: Any] {
        guard let text = try receiveText() else { throw TestFailure("the server closed the connection") }
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw TestFailure("not a JSON object: \(text)")
        }
        let sequence = object["seq"] as? Int ?? -1
        guard sequence > lastSequence else { throw TestFailure("sequence \(sequence) after \(lastSequence): \(text)") }
        lastSequence = sequence
        if object["type"] as? String == "state" {
            lastState = (object["public"] ?? object["host"]) as? [String: Any] ?? [:]
        }
        return object
    }

    /// Reads until a message of `type` arrives (state frames on the way are remembered).
    func receive(_ type: String) throws -> [String: Any] {
        while true {
            let message = try receive()
            if message["type"] as? String == type { return message }
        }
    }

    /// Says who we are; the welcome.
    @discardableResult
    func hello(_ role: String, token: String? = nil, seat: Int? = nil) throws -> [String: Any] {
        var message: [String: Any] = ["type": "hello", "role": role]
        if let token { message["token"] = token }
        if let seat { message["seat"] = seat }
        try send(message)
        let reply = try receive()
        if reply["type"] as? String == "welcome" {
            lastState = (reply["public"] ?? reply["host"]) as? [String: Any] ?? [:]
        }
        return reply
    }

    /// Sends a command with a fresh id and returns the `ack` or `rejected` that answers it.
    @discardableResult
    func command(_ type: String, _ fields: [String: Any] = [:]) throws -> [String: Any] {
        counter += 1
        let id = "c\(counter)"
        var message = fields
        message["type"] = type
        message["id"] = id
        try send(message)
        while true {
            let reply = try receive()
            let kind = reply["type"] as? String
            if (kind == "ack" || kind == "rejected" || kind == "error")
                && (reply["id"] as? String == id || kind == "error")
            {
                return reply
            }
        }
    }

    /// Sends a command that must be accepted.
    @discardableResult
    func ok(_ type: String, _ fields: [String: Any] = [:]) throws -> [String: Any] {
        let reply = try command(type, fields)
        guard reply["type"] as? String == "ack" else { throw TestFailure("\(type) \(fields) was refused: \(reply)") }
        return reply
    }

    /// Reads state frames until `condition` holds for the latest view.
    func waitForState(_ condition: ([String: Any]) -> Bool) throws {
        while !condition(lastState) { _ = try receive() }
    }
}

/// Newline-delimited JSON over plain TCP: what `nc` and buzzer bridges speak.
final class NDJSONClient: ContestClient {
    init(port: Int) throws { super.init(socket: try Socket(port: port)) }

    override func sendText(_ text: String) throws { try socket.write(Array((text + "\n").utf8)) }

    override func receiveText() throws -> String? {
        while true {
            if let newline = socket.pending.firstIndex(of: 0x0A) {
                let line = String(decoding: socket.pending[..<newline], as: UTF8.self)
                socket.pending.removeFirst(newline + 1)
                return line
            }
            guard try socket.fill() else { return nil }
        }
    }
}

/// A WebSocket client built on the same codecs the server uses, in the client role (masked frames).
final class WebSocketClient: ContestClient {
    private var decoder = WebSocketFrameDecoder(role: .client, maxPayloadLength: 1 << 24)
    /// The close frame's code once the server closed.
    private(set) var closeCode: UInt16?

    init(port: Int, path: String = "/ws") throws {
        let socket = try Socket(port: port)
        let request =
            "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        try socket.write(Array(request.utf8))
        while !socket.pending.starts(with: Array("HTTP/1.1 101".utf8)) || Self.headEnd(socket.pending) == nil {
            guard try socket.fill() else {
                throw TestFailure("no upgrade: \(String(decoding: socket.pending, as: UTF8.self))")
            }
            if socket.pending.count >= 12 && !socket.pending.starts(with: Array("HTTP/1.1 101".utf8)) {
                throw TestFailure("no upgrade: \(String(decoding: socket.pending, as: UTF8.self))")
            }
        }
        let end = Self.headEnd(socket.pending)!
        socket.pending.removeFirst(end)
        super.init(socket: socket)
        decoder.append(socket.pending)
        socket.pending = []
    }

    static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index..<index + 4].elementsEqual([13, 10, 13, 10]) {
            return index + 4
        }
        return nil
    }

    override func sendText(_ text: String) throws {
        try socket.write(
            WebSocketFrameEncoder.text(text, maskingKey: WebSocketMaskingKey(raw: UInt32.random(in: 0...UInt32.max))))
    }

    override func receiveText() throws -> String? {
        while true {
            switch decoder.parseStep() {
            case .frame(let frame):
                switch frame.opcode {
                case .text: return String(decoding: frame.payload, as: UTF8.self)
                case .close:
                    closeCode =
                        frame.payload.count >= 2 ? UInt16(frame.payload[0]) << 8 | UInt16(frame.payload[1]) : 1005
                    return nil
                case .ping:
                    try socket.write(WebSocketFrameEncoder.pong(frame.payload, maskingKey: WebSocketMaskingKey(raw: 7)))
                case .pong, .binary, .continuation:
                    continue
                }
            case .needMoreData:
                guard try socket.fill() else { return nil }
                decoder.append(socket.pending)
                socket.pending = []
            case .error(let error):
                throw TestFailure("bad frame from the server: \(error)")
            }
        }
    }
}
