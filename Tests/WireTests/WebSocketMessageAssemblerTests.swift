import Testing
import Wire

/// Appends each frame in turn and collects what the assembler answered to each.
func assemble(
    _ frames: [WebSocketFrame], _ assembler: WebSocketMessageAssembler = WebSocketMessageAssembler()
) -> [WebSocketMessageAssembler.AssemblyResult] {
    var assembler = assembler
    return frames.map { assembler.append($0) }
}

func fragment(_ opcode: WebSocketOpcode, _ payload: [UInt8], fin: Bool) -> WebSocketFrame {
    WebSocketFrame(fin: fin, opcode: opcode, payload: payload)
}

@Test func assemblerDeliversAnUnfragmentedTextAndBinaryMessage() {
    let results = assemble([fragment(.text, utf8("Hello"), fin: true), fragment(.binary, [1, 2], fin: true)])
    #expect(results == [.text("Hello"), .binary([1, 2])])
}

@Test func assemblerJoinsTheRFCFragmentedHello() {
    let results = assemble([fragment(.text, utf8("Hel"), fin: false), fragment(.continuation, utf8("lo"), fin: true)])
    #expect(results == [.needMoreFragments, .text("Hello")])
}

@Test func assemblerJoinsBinaryFragmentsIncludingEmptyOnesAndThenStartsAfresh() {
    let results = assemble([
        fragment(.binary, [1], fin: false), fragment(.continuation, [], fin: false),
        fragment(.continuation, [2], fin: true),
        fragment(.text, utf8("a"), fin: false), fragment(.continuation, utf8("b"), fin: true),
    ])
    #expect(results == [.needMoreFragments, .needMoreFragments, .binary([1, 2]), .needMoreFragments, .text("ab")])
}

@Test func assemblerAcceptsACharacterSplitAcrossThreeFragments() {
    let results = assemble([
        fragment(.text, hex("e2"), fin: false), fragment(.continuation, hex("82"), fin: false),
        fragment(.continuation, hex("ac"), fin: true),
    ])
    #expect(results == [.needMoreFragments, .needMoreFragments, .text("€")])
}

/// Each sequence breaks one rule; the last answer is the error, every earlier one is fine.
@Test(arguments: [
    ([fragment(.continuation, utf8("lo"), fin: true)], WebSocketError.unexpectedContinuation, 1002),
    ([fragment(.text, utf8("a"), fin: false), fragment(.text, utf8("b"), fin: true)], .expectedContinuation, 1002),
    ([fragment(.text, utf8("a"), fin: false), fragment(.binary, [1], fin: true)], .expectedContinuation, 1002),
    ([fragment(.text, hex("ff"), fin: true)], .invalidUTF8, 1007),
    ([fragment(.text, hex("ce ba ff"), fin: false)], .invalidUTF8, 1007),
    (
        [fragment(.text, utf8("ok"), fin: false), fragment(.continuation, hex("ed a0 80"), fin: false)], .invalidUTF8,
        1007
    ),
    ([fragment(.text, hex("e2 82"), fin: false), fragment(.continuation, [], fin: true)], .invalidUTF8, 1007),
    ([fragment(.ping, [], fin: true)], .controlFrameInMessage, 1002),
])
func assemblerFailsBrokenSequencesWithTheirCloseCode(frames: [WebSocketFrame], error: WebSocketError, code: Int) {
    let results = assemble(frames)
    #expect(results.last == .error(error))
    #expect(results.dropLast().allSatisfy { $0 == .needMoreFragments })
    #expect(Int(error.closeCode.rawValue) == code)
}

@Test func assemblerEnforcesTheMessageLimitOnSingleFramesAndOnFragmentSums() {
    let limited = WebSocketMessageAssembler(maxMessageLength: 10)
    #expect(assemble([fragment(.binary, [UInt8](repeating: 0, count: 10), fin: true)], limited).count == 1)
    #expect(
        assemble([fragment(.binary, [UInt8](repeating: 0, count: 11), fin: true)], limited) == [
            .error(.messageTooLarge(limit: 10))
        ])
    let sixAndFive = [fragment(.text, utf8("123456"), fin: false), fragment(.continuation, utf8("78901"), fin: true)]
    #expect(assemble(sixAndFive, limited) == [.needMoreFragments, .error(.messageTooLarge(limit: 10))])
    #expect(WebSocketError.messageTooLarge(limit: 10).closeCode == .messageTooBig)
}

@Test func assemblerCapsTheFragmentCountEvenForEmptyFragments() {
    let limited = WebSocketMessageAssembler(maxFragmentCount: 3)
    let three = [
        fragment(.binary, [], fin: false), fragment(.continuation, [], fin: false),
        fragment(.continuation, [7], fin: true),
    ]
    #expect(assemble(three, limited).last == .binary([7]))
    let four = [
        fragment(.binary, [], fin: false), fragment(.continuation, [], fin: false),
        fragment(.continuation, [], fin: false), fragment(.continuation, [], fin: false),
    ]
    #expect(assemble(four, limited).last == .error(.tooManyFragments(limit: 3)))
    #expect(WebSocketError.tooManyFragments(limit: 3).closeCode == .policyViolation)
}

@Test func assemblerReportsRemainingCapacityForTheMessageInProgress() {
    var assembler = WebSocketMessageAssembler(maxMessageLength: 10)
    #expect(assembler.remainingCapacity == 10)
    _ = assembler.append(fragment(.binary, [1, 2, 3], fin: false))
    #expect(assembler.isAssembling)
    #expect(assembler.remainingCapacity == 7)
    _ = assembler.append(fragment(.continuation, [4], fin: true))
    #expect(!assembler.isAssembling)
    #expect(assembler.remainingCapacity == 10)
}
