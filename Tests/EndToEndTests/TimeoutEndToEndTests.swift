import Foundation
import Glibc
import Testing

/// The server's patience: silent newcomers and silent WebSocket peers are closed with their codes.
@Suite(.serialized) struct TimeoutEndToEndTests {
    @Test func aConnectionThatNeverSaysHelloIsClosedWith4000() throws {
        let server = try ServerProcess(
            dataDirectory: ServerProcess.scratchDirectory("hello-timeout"), arguments: ["--hello-timeout", "0.3"])
        let socket = try WebSocketClient(port: server.port)
        #expect(throws: TestFailure.self) { try socket.receive() }
        #expect(socket.closeCode == 4000)
        let silent = try Socket(port: server.port)
        #expect(try silent.readToEnd().isEmpty, "a connection that sent nothing is just closed")
        let line = try NDJSONClient(port: server.port)
        try line.socket.write(Array(#"{"type":"#.utf8))
        #expect(try line.receive()["code"] as? String == "helloRequired")
        #expect(try line.socket.readToEnd().isEmpty)
    }

    @Test func aWebSocketPeerThatStopsAnsweringPingsIsClosedWith4001() throws {
        let server = try ServerProcess(
            dataDirectory: ServerProcess.scratchDirectory("idle-timeout"), arguments: ["--idle-timeout", "0.6"])
        let screen = try WebSocketClient(port: server.port)
        try screen.hello("screen")
        usleep(2_500_000)  // no reads, so the server's ping goes unanswered
        while (try? screen.receive()) != nil {}
        #expect(screen.closeCode == 4001)
    }
}
