import Testing
import Wire

/// SplitMix64: a seeded generator, so every run mutates the same bytes and a failure reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `count` copies of `input`, each with one to four bytes overwritten, inserted or removed.
func mutations(of input: [UInt8], count: Int, seed: UInt64) -> [[UInt8]] {
    var generator = SplitMix64(state: seed)
    return (0..<count).map { _ in
        var bytes = input
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let index = Int.random(in: 0..<max(1, bytes.count), using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0 where !bytes.isEmpty: bytes[index] = UInt8.random(in: 0...255, using: &generator)
            case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: min(index, bytes.count))
            default: if !bytes.isEmpty { bytes.remove(at: index) }
            }
        }
        return bytes
    }
}

let webSocketCorpus =
    clientFrame(.text, utf8("Hel"), fin: false) + clientFrame(.ping, utf8("p"))
    + clientFrame(.continuation, utf8("lo€"))
    + clientFrame(.binary, [UInt8](repeating: 7, count: 300)) + clientFrame(.close, hex("03 e8") + utf8("bye"))

/// Malformed input must never trap and must decode identically however it is split: the same
/// property the libFuzzer targets in Tests/Fuzz check, run here on a fixed set of mutations.
@Test func frameDecoderAndConnectionAgreeAcrossChunkingsOnMutatedStreams() {
    for input in mutations(of: webSocketCorpus, count: 300, seed: 1) {
        _ = decodeWholeAndBytewise(WebSocketFrameDecoder(), input)
        _ = decodeWholeAndBytewise(WebSocketConnection(maxMessageLength: 256, maxFragmentCount: 3), input)
        _ = decodeWholeAndBytewise(WebSocketConnection(maxMessageLength: 1024, maxFragmentCount: 1), input)
    }
}

@Test func httpParserAgreesAcrossChunkingsOnMutatedHeads() {
    let head = utf8(
        "GET /ws?x=1 HTTP/1.1\r\nHost: quiz\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
    for input in mutations(of: head + head, count: 300, seed: 2) {
        let results = decodeWholeAndBytewise(HTTPRequestHeadParser(maxHeadLength: 200, maxRequestLineLength: 40), input)
        for case .head(let head) in results { _ = WebSocketHandshake.respond(to: head) }
    }
}

@Test func lineFramerAgreesAcrossChunkingsOnMutatedStreams() {
    let lines = utf8("{\"buzz\":1}\r\n\n{\"answer\":\"B\"}\nabcdefghijklmnop\n")
    for input in mutations(of: lines, count: 300, seed: 3) {
        _ = decodeWholeAndBytewise(LineFramer(maxLineLength: 16), input)
    }
}

/// The unmutated corpus pins what the mutations start from, so the tests above exercise real paths.
@Test func mutationCorpusDecodesCleanly() {
    let actions = decodeWholeAndBytewise(WebSocketConnection(maxMessageLength: 300), webSocketCorpus)
    #expect(
        actions == [
            .send(hex("8a 01 70")), .deliverText("Hello€"), .deliverBinary([UInt8](repeating: 7, count: 300)),
            .peerClosed(WebSocketClosePayload(code: .normalClosure, reason: "bye"), reply: hex("88 02 03 e8")),
        ])
}
