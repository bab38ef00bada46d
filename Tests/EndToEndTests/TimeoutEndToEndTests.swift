import Foundation
import Testing

/// The server's patience with silent newcomers, through real sockets; the ping and idle timers are
/// checked on the machine with invented time (`ServerMachineTests`).
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
}
