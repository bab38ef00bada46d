import Testing
import Wire

/// Where a read must stop so that it ends with a message: after a line's LF, after a frame's last byte.
@Suite struct ReadBoundaryTests {
    static func frame(_ payload: Int, masked: Bool = true) -> [UInt8] {
        let key = masked ? WebSocketMaskingKey(1, 2, 3, 4) : nil
        return WebSocketFrameEncoder.encode(
            opcode: .text, payload: [UInt8](repeating: 0x61, count: payload), maskingKey: key)
    }

    static func length(_ boundary: WebSocketFrameBoundary, _ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { boundary.lengthThroughFirstFrame(in: $0) }
    }

    @Test(arguments: [0, 1, 125, 126, 300, 65_535, 65_536, 70_000])
    func aFrameEndsAfterItsHeaderAndPayloadWhateverItsLengthForm(payload: Int) {
        let first = Self.frame(payload)
        let stream = first + Self.frame(3) + Self.frame(0, masked: false)
        #expect(Self.length(WebSocketFrameBoundary(), stream) == first.count)
        #expect(Self.length(WebSocketFrameBoundary(), Array(first.dropLast())) == nil)
    }

    /// Bytes read in any split keep the boundary where the frames really end.
    @Test(arguments: [1, 2, 3, 7, 13])
    func aBoundaryFollowsReadsOfAnySize(chunk: Int) {
        let frames = [Self.frame(5), Self.frame(130), Self.frame(0), Self.frame(2)]
        let stream = frames.flatMap { $0 }
        var ends: [Int] = []
        var offset = 0
        for frame in frames {
            offset += frame.count
            ends.append(offset)
        }
        var boundary = WebSocketFrameBoundary()
        var position = 0
        var found: [Int] = []
        while position < stream.count {
            let upcoming = Array(stream[position...])
            let take = min(Self.length(boundary, upcoming) ?? upcoming.count, chunk)
            if Self.length(boundary, upcoming) == take { found.append(position + take) }
            Array(stream[position..<(position + take)]).withUnsafeBytes { boundary.advance(over: $0) }
            position += take
        }
        #expect(found == ends)
    }

    @Test(arguments: [
        ("{\"type\":\"buzz\"}\n{\"type\":\"ping\"}\n", 16), ("\n", 1), ("{\"type\":\"buzz\"}\r\n", 17),
        ("{\"type\":\"bu", nil),
    ])
    func aLineEndsAfterItsLineFeed(text: String, end: Int?) {
        #expect(Array(text.utf8).withUnsafeBytes { LineFramer.lengthThroughFirstLine(in: $0) } == end)
    }

    /// The explicit end of input hands over a last line that came without its line feed.
    @Test(arguments: [
        ("{\"a\":1}", ["{\"a\":1}"]), ("{\"a\":1}\n{\"b\":2}", ["{\"a\":1}", "{\"b\":2}"]),
        ("{\"a\":1}\r", ["{\"a\":1}"]), ("{\"a\":1}\n", ["{\"a\":1}"]), ("", []),
    ])
    func finishingTheInputGivesTheUnterminatedLastLine(text: String, lines: [String]) {
        for split in [false, true] {
            var framer = LineFramer()
            var seen: [String] = []
            let chunks = split ? Array(text.utf8).map { [$0] } : [Array(text.utf8)]
            for chunk in chunks {
                framer.append(chunk)
                while case .line(let line) = framer.parseStep() { seen.append(String(decoding: line, as: UTF8.self)) }
            }
            if case .line(let line) = framer.finish() { seen.append(String(decoding: line, as: UTF8.self)) }
            #expect(seen == lines, "split \(split)")
            #expect(framer.finish() == .needMoreData)
        }
    }

    @Test func finishingAfterALineTooLongStaysAnError() {
        var framer = LineFramer(maxLineLength: 4)
        framer.append(Array("123456".utf8))
        _ = framer.parseStep()
        #expect(framer.finish() == .error(.lineTooLong(limit: 4)))
    }
}
