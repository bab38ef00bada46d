import ClientKit
import ContestCore
import ContestProtocol
import Testing

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

private let escape: UInt8 = 0x1B

/// Each case feeds the reads in order, then calls `flush()` when asked, and collects every key.
@Test(
    arguments: [
        ([bytes("ab")], false, [Key.character("a"), .character("b")]),
        ([bytes("南湖")], false, [.character("南"), .character("湖")]),
        ([[0xE5], [0x8D], [0x97]], false, [.character("南")]),
        ([[0xE5, 0x8D], [0x97, 0x0D]], false, [.character("南"), .enter]),
        ([bytes("南1\r")], false, [.character("南"), .character("1"), .enter]),
        ([bytes("e\u{301}")], false, [.character("e\u{301}")]),
        ([bytes("a b")], false, [.character("a"), .space, .character("b")]),
        ([[0x0D, 0x0A]], false, [.enter]),
        ([[0x0D], [0x0A]], false, [.enter]),
        ([[0x0A]], false, [.enter]),
        ([[0x0A, 0x0A]], false, [.enter, .enter]),
        ([[0x0D, 0x0D]], false, [.enter, .enter]),
        ([[0x7F, 0x08, 0x09, 0x03, 0x04]], false, [.backspace, .backspace, .tab, .ctrlC, .ctrlD]),
        ([[0x01]], false, [.unknown]),
        (
            [[escape] + bytes("[A"), [escape] + bytes("[B"), [escape] + bytes("[C"), [escape] + bytes("[D")], false,
            [.up, .down, .right, .left]
        ),
        ([[escape] + bytes("OA"), [escape] + bytes("OD")], false, [.up, .left]),
        ([[escape] + bytes("[1;5A")], false, [.up]),
        ([[escape], bytes("["), bytes("A")], false, [.up]),
        ([[escape]], false, []),
        ([[escape]], true, [.escape]),
        ([[escape] + bytes("x")], false, [.escape, .character("x")]),
        ([[escape, escape] + bytes("[A")], false, [.escape, .up]),
        ([[escape] + bytes("[3~")], false, [.unknown]),
        ([[escape] + bytes("[200~a")], false, [.unknown, .character("a")]),
        (
            [[escape] + bytes("OP"), [escape] + bytes("[15~"), [escape] + bytes("[24~")], false,
            [.function(1), .function(5), .function(12)]
        ),
        ([[escape] + bytes("[")], true, [.unknown]),
        ([[0xFF, 0x41]], false, [.unknown, .character("A")]),
        ([[0xE5, 0x41]], false, [.unknown, .character("A")]),
        ([[0xE5, 0x8D]], true, [.unknown]),
        ([[]], true, []),
    ] as [([[UInt8]], Bool, [Key])])
func keyDecoderTurnsReadsIntoKeys(reads: [[UInt8]], flush: Bool, expected: [Key]) {
    var decoder = KeyDecoder()
    var keys = reads.flatMap { decoder.feed($0) }
    if flush { keys += decoder.flush() }
    #expect(keys == expected)
}

@Test func keyDecoderHoldsAnIncompleteSequenceUntilMoreBytesOrAFlush() {
    var decoder = KeyDecoder()
    #expect(decoder.feed([0xE5, 0x8D]) == [])
    #expect(decoder.hasPendingBytes)
    #expect(decoder.feed([0x97]) == [.character("南")])
    #expect(!decoder.hasPendingBytes)
    #expect(decoder.feed([escape]) == [])
    #expect(decoder.hasPendingBytes)
    #expect(decoder.flush() == [.escape])
    #expect(!decoder.hasPendingBytes)
    #expect(decoder.flush() == [])
}
