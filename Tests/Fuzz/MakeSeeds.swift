// Writes the seed corpora in Tests/Fuzz/corpus: `Tests/Fuzz/run --seeds`. Compiled with
// Sources/Wire, so the frames are built by the encoder the tests trust rather than typed in hex.

import Foundation

/// Generates the committed seed inputs, so a seed can be read (and changed) as code.
///
/// Every input starts with the two bytes the targets read first: the chunk plan and the setup
/// byte. The seeds are valid traffic, so libFuzzer starts from the paths real clients take and
/// mutates towards the errors from there.
@main
struct MakeSeeds {
    /// The RFC 6455 §5.7 example key.
    static let key = WebSocketMaskingKey(0x37, 0xFA, 0x21, 0x3D)

    static func frame(_ opcode: WebSocketOpcode, _ payload: [UInt8], fin: Bool = true) -> [UInt8] {
        WebSocketFrameEncoder.encode(opcode: opcode, payload: payload, fin: fin, maskingKey: key)
    }

    static func frame(_ opcode: WebSocketOpcode, _ payload: String, fin: Bool = true) -> [UInt8] {
        frame(opcode, Array(payload.utf8), fin: fin)
    }

    static let upgrade = Array(
        ("GET /ws?team=3 HTTP/1.1\r\nHost: quiz.local\r\nUpgrade: websocket\r\nConnection: keep-alive, Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").utf8)

    static func main() throws {
        // Setup byte 0x1F: 64 KiB messages, 1,024 fragments, no close from the server; 0x5F: the
        // server closes after the first action. Plan 0x03: pieces of up to 8 bytes; 0xFC: up to 16
        // bytes, and the stream repeated to 5 KiB.
        let webSocket: [String: [UInt8]] = [
            "masked-text": [0x03, 0x1F] + frame(.text, "Hello"),
            "fragmented-with-ping": [0x03, 0x1F] + frame(.text, "Hel", fin: false) + frame(.ping, "p")
                + frame(.continuation, "lo €"),
            "close": [0x03, 0x1F] + frame(.close, [0x03, 0xE8] + Array("bye".utf8)),
            "binary-300": [0x05, 0x1F]
                + WebSocketFrameEncoder.binary([UInt8](repeating: 7, count: 300), maskingKey: key),
            "server-close-then-ack": [0x00, 0x5F] + frame(.text, "{\"buzz\":1}") + frame(.pong, "") + frame(.close, ""),
            "unmasked-text": [0x02, 0x1F] + WebSocketFrameEncoder.text("Hello"),
            "fragmented-repeated": [0xFC, 0x1F] + frame(.text, "Hel", fin: false) + frame(.ping, "p")
                + frame(.continuation, "lo €"),
        ]
        // Setup byte 7: the 64 KiB default; 5: 16 bytes, so the third line is too long.
        let lines = Array("{\"buzz\":1}\r\n\n{\"answer\":\"B\"}\n{\"answer\":\"Beijing\"}\r\n{\"ping\":".utf8)
        let lineFramer: [String: [UInt8]] = [
            "ndjson": [0x03, 0x07] + lines,
            "ndjson-limit-16": [0x00, 0x05] + lines,
            "ndjson-repeated": [0xFD, 0x07] + Array("{\"buzz\":1}\r\n{\"answer\":\"B\"}\n".utf8),
        ]
        // Setup byte 0x00: default limits, the bytes after an accepted upgrade handed over;
        // 0x80: never handed over, so pipelined heads are read one after the other.
        let httpHead: [String: [UInt8]] = [
            "upgrade-then-frame": [0x04, 0x00] + upgrade + frame(.text, "Hello"),
            "pipelined": [0x02, 0x80]
                + Array("GET /a HTTP/1.1\r\nHost: q\r\n\r\nGET /scores.json?round=2 HTTP/1.1\r\n".utf8)
                + Array("Host: q\r\nContent-Length: 0\r\n\r\n".utf8),
            "http10-bare-lf": [0x01, 0x80] + Array("\r\n\nGET / HTTP/1.0\nX-Seat:  3 \t\n\n".utf8),
            "pipelined-repeated": [0xFE, 0x80] + Array("GET /scores.json HTTP/1.1\r\nHost: q\r\n\r\n".utf8),
        ]
        let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Tests/Fuzz/corpus"
        for (target, seeds) in [("websocket", webSocket), ("line-framer", lineFramer), ("http-head", httpHead)] {
            let directory = URL(fileURLWithPath: root).appendingPathComponent(target)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (name, bytes) in seeds {
                try Data(bytes).write(to: directory.appendingPathComponent(name))
            }
        }
    }
}
