import Testing

@testable import ContestServer

@Suite struct ProtocolSnifferTests {
    static let table: [(String, ProtocolSniffer.Verdict)] = [
        ("GET / HTTP/1.1\r\n", .http),
        ("GET ", .http),
        ("POST /api HTTP/1.1\r\n", .http),
        ("OPTIONS * HTTP/1.1\r\n", .http),
        ("ABCDEFGHIJ ", .http),
        (#"{"type":"hello","role":"screen"}"#, .ndjson),
        ("{", .ndjson),
        (" {", .ndjson),
        ("\n", .ndjson),
        ("\r\n{", .ndjson),
        ("\t{", .ndjson),
        (" GET / HTTP/1.1", .ndjson),
        ("get / HTTP/1.1", .ndjson),
        ("Get ", .ndjson),
        ("GET\t/", .ndjson),
        ("GET/", .ndjson),
        ("G3T ", .ndjson),
        ("ABCDEFGHIJK", .ndjson),
        ("\u{16}\u{03}\u{01}", .ndjson),
        ("", .undecided),
        ("G", .undecided),
        ("GE", .undecided),
        ("GET", .undecided),
        ("POST", .undecided),
        ("ABCDEFGHIJ", .undecided),
    ]

    @Test(arguments: table)
    func theFirstBytesTellHTTPFromNDJSON(text: String, verdict: ProtocolSniffer.Verdict) {
        #expect(ProtocolSniffer.classify(utf8(text)) == verdict)
    }

    /// The loop sniffs whatever has arrived: a request trickling in is undecided until the space.
    @Test func everyPrefixOfARequestBeforeTheSpaceIsUndecided() {
        let request = utf8("CONNECT quiz:7700 HTTP/1.1\r\n")
        let space = request.firstIndex(of: UInt8(ascii: " "))!
        for end in 0...request.count {
            let verdict = ProtocolSniffer.classify(request[..<end])
            #expect(verdict == (end <= space ? .undecided : .http), "after \(end) bytes")
        }
    }

    @Test func aMethodMayBeAtMostTenLetters() {
        #expect(ProtocolSniffer.maxMethodLength == 10)
    }
}
