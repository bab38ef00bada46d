import Foundation
import Testing
import Wire

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
        // The digest is the journal file's SHA-1, as `sha1sum journal.qcj` prints it.
        let journal = try Data(contentsOf: URL(fileURLWithPath: server.dataDirectory + "/journal.qcj"))
        let state = try HTTPGet(port: server.port, path: "/api/state").json
        #expect(state["digest"] as? String == SHA1.hexDigest(Array(journal)))
        #expect(state["protocolVersion"] as? Int == 2)
    }

    /// `printf '…{"type":"ping","id":"x"}' | nc`: the last line has no line feed, and is answered all the same.
    @Test func aLastLineWithoutALineFeedIsAnsweredBeforeTheServerCloses() throws {
        let server = try ServerProcess(dataDirectory: ServerProcess.scratchDirectory("last-line"))
        let socket = try Socket(port: server.port)
        try socket.write(
            Array(#"{"type":"hello","role":"screen"}"#.utf8) + [0x0A] + Array(#"{"type":"ping","id":"x"}"#.utf8))
        socket.finishWriting()
        let lines = String(decoding: try socket.readToEnd(), as: UTF8.self).split(separator: "\n")
        let last = try #require(
            lines.last.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        #expect(last["type"] as? String == "pong")
        #expect(last["id"] as? String == "x")
    }

    /// Each connection counts its own messages from 1, so a gap in `seq` means this client missed one.
    @Test func everyConnectionNumbersItsOwnMessagesFromOne() throws {
        let server = try ServerProcess(dataDirectory: ServerProcess.scratchDirectory("seq"))
        let screen = try NDJSONClient(port: server.port)
        #expect(try screen.hello("screen")["seq"] as? Int == 1)
        let socket = try Socket(port: server.port)
        let script = [
            #"{"type":"hello","role":"host","token":"\#(server.hostToken)"}"#,
            #"{"type":"startSegment","segment":1,"id":"a"}"#, #"{"type":"ping","id":"p"}"#,
        ]
        try socket.write(Array(script.map { $0 + "\n" }.joined().utf8))
        socket.finishWriting()
        let numbers = String(decoding: try socket.readToEnd(), as: UTF8.self).split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["seq"] as? Int
        }
        #expect(numbers == Array(1...numbers.count))
        #expect(numbers.count >= 4)
        let state = try screen.receive("state")
        #expect(state["seq"] as? Int == 2)
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
