import Foundation
import Testing

/// NDJSON as scripts use it: `printf … | nc`, where the input ends before the answers come.
@Suite(.serialized) struct NDJSONEndToEndTests {
    @Test func aPipedScriptIsAnsweredInFullBeforeTheServerCloses() throws {
        let server = try ServerProcess(dataDirectory: ServerProcess.scratchDirectory("piped"))
        let socket = try Socket(port: server.port)
        let script = [
            #"{"type":"hello","role":"host","token":"\#(server.hostToken)"}"#,
            #"{"type":"startSegment","segment":1,"id":"a"}"#,
            #"{"type":"ping","id":"p"}"#,
        ]
        try socket.write(Array(script.map { $0 + "\n" }.joined().utf8))
        socket.finishWriting()
        let lines = String(decoding: try socket.readToEnd(), as: UTF8.self).split(separator: "\n")
        let types = lines.compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["type"] as? String
        }
        #expect(types.filter { $0 != "presence" } == ["welcome", "ack", "pong", "state"])
        #expect(types.contains("presence"))
        #expect(try HTTPGet.stateFingerprint(port: server.port).hasPrefix("1 "))
    }

    @Test func aLineOverTheLimitIsAnsweredWithAnErrorAndClosed() throws {
        let server = try ServerProcess(dataDirectory: ServerProcess.scratchDirectory("long-line"))
        let client = try NDJSONClient(port: server.port)
        try client.hello("screen")
        try client.socket.write(Array(repeating: UInt8(ascii: "x"), count: 70_000))
        let reply = try client.receive("error")
        #expect(reply["code"] as? String == "lineTooLong")
        #expect(try client.socket.readToEnd().isEmpty)
    }
}
