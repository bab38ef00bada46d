import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test(
    arguments: [
        ("192.168.1.20:7700", "192.168.1.20", 7700), ("quiz.local", "quiz.local", 7700),
        ("localhost:7795", "localhost", 7795), ("  10.0.0.5:8000  ", "10.0.0.5", 8000), ("[::1]:7701", "::1", 7701),
        ("[fe80::1]", "fe80::1", 7700), ("ws://h:1/ws", "h", 1), ("http://h:2/", "h", 2), ("http://h", "h", 7700),
        ("ws://[::1]:7702/ws", "::1", 7702), ("h:65535", "h", 65535),
    ] as [(String, String, UInt16)])
func serverAddressReadsHostPortForms(text: String, host: String, port: UInt16) {
    #expect(ServerAddress(parsing: text) == ServerAddress(host: host, port: port))
}

@Test(arguments: [
    "", "   ", "h:", "h:abc", "h:70000", "h:-1", "h:0", ":7700", "::1", "::1:7700", "[::1", "[::1]7701", "[::1]:",
    "[]:7700", "ws://", "http:///ws", "[::1]:0",
])
func serverAddressRefusesAnythingElse(text: String) {
    #expect(ServerAddress(parsing: text) == nil)
}

@Test(arguments: [
    (ServerAddress(host: "192.168.1.20"), "192.168.1.20:7700"), (ServerAddress(host: "::1", port: 7701), "[::1]:7701"),
    (ServerAddress(host: "quiz.local", port: 80), "quiz.local:80"),
])
func serverAddressDescriptionBracketsIPv6(address: ServerAddress, text: String) {
    #expect(address.description == text)
    #expect(ServerAddress(parsing: text) == address)
}
