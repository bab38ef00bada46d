import Testing
import Wire

@Test func lineFramerSplitsLinesEndedByLFOrCRLFAndKeepsThePartialOne() {
    let results = decodeWholeAndBytewise(LineFramer(), utf8("{\"a\":1}\n{\"b\":2}\r\n{\"c\""))
    #expect(results == [.line(utf8("{\"a\":1}")), .line(utf8("{\"b\":2}"))])
}

@Test func lineFramerSkipsBlankLinesAndKeepsACarriageReturnInsideALine() {
    let results = decodeWholeAndBytewise(LineFramer(), utf8("\n\r\n\r\na\rb\n"))
    #expect(results == [.line(utf8("a\rb"))])
}

@Test(arguments: ["\n", "\r\n"])
func lineFramerAcceptsALineOfExactlyTheLimit(ending: String) {
    let results = decodeWholeAndBytewise(LineFramer(maxLineLength: 8), utf8("12345678" + ending))
    #expect(results == [.line(utf8("12345678"))])
}

@Test(arguments: ["123456789\n", "123456789\r\n", "12345678\r9"])
func lineFramerFailsALineOneByteOverTheLimit(text: String) {
    let results = decodeWholeAndBytewise(LineFramer(maxLineLength: 8), utf8(text))
    #expect(results == [.error(.lineTooLong(limit: 8))])
}

/// The framer refuses an endless line once it passes the limit, so it never buffers more.
@Test func lineFramerFailsAnEndlessLineWithoutWaitingForItsEnd() {
    var framer = LineFramer(maxLineLength: 8)
    framer.append(utf8("123456789"))
    let first = framer.parseStep()
    #expect(first == .error(.lineTooLong(limit: 8)))
    framer.append(utf8("\nok\n"))
    let again = framer.parseStep()
    #expect(again == .error(.lineTooLong(limit: 8)))
}

@Test func lineFramerFramesAnOutgoingLineWithALineFeed() {
    #expect(LineFramer.frame(utf8("{}")) == utf8("{}\n"))
}
