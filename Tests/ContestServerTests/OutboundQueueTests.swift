import Testing

@testable import ContestServer

/// A socket that takes at most `budget` bytes before it is full, and keeps what it took.
struct FakeSocket {
    var budget: Int
    var received: [UInt8] = []
    var calls = 0

    /// One gathered write of two buffers, as `sendmsg` takes them: all of the first before the second.
    mutating func write(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> Int {
        calls += 1
        var taken = 0
        for buffer in [first, second] {
            let part = min(budget, buffer.count)
            received += buffer.prefix(part)
            budget -= part
            taken += part
        }
        return taken
    }

    /// Drains `queue` with room for `budget` more bytes, returning what `drain` returned.
    mutating func drain(_ queue: inout OutboundQueue, budget: Int) -> Int {
        self.budget = budget
        return queue.drain { write($0, $1) }
    }
}

@Suite struct OutboundQueueTests {
    @Test func aSocketWithRoomTakesEveryFrameInOrder() {
        var queue = OutboundQueue()
        #expect(queue.enqueue(utf8("abc")) == true)
        #expect(queue.enqueue(utf8("de"), supersedable: true) == true)
        #expect(queue.byteCount == 5)
        var socket = FakeSocket(budget: 0)
        #expect(socket.drain(&queue, budget: 100) == 5)
        #expect(socket.received == utf8("abcde"))
        #expect(queue.isEmpty)
        #expect(queue.byteCount == 0)
    }

    /// However little the socket takes per pass, the bytes come out whole and in order.
    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7, 100])
    func aPartialWriteKeepsTheRestForTheNextDrain(room: Int) {
        var queue = OutboundQueue()
        _ = queue.enqueue(utf8("abc"))
        _ = queue.enqueue(utf8("de"))
        _ = queue.enqueue(utf8("fg"))
        var socket = FakeSocket(budget: 0)
        #expect(socket.drain(&queue, budget: room) == min(room, 7))
        #expect(queue.byteCount == 7 - min(room, 7))
        #expect(socket.received == Array(utf8("abcdefg").prefix(room)))
        #expect(socket.drain(&queue, budget: 100) == 7 - min(room, 7))
        #expect(socket.received == utf8("abcdefg"))
        #expect(queue.isEmpty)
    }

    @Test(arguments: [1, 3, 7, 33, 60, 10_000])
    func manySmallFramesDrainedInPiecesComeOutWholeAndInOrder(room: Int) {
        var queue = OutboundQueue()
        var expected: [UInt8] = []
        for index in 0..<100 {
            let frame = utf8("<\(index)>")
            expected += frame
            #expect(queue.enqueue(frame) == true)
        }
        var socket = FakeSocket(budget: 0)
        var passes = 0
        while !queue.isEmpty && passes < 10_000 {
            _ = socket.drain(&queue, budget: room)
            passes += 1
            #expect(queue.byteCount == expected.count - socket.received.count)
        }
        #expect(socket.received == expected)
    }

    @Test func aSocketThatIsFullIsNotAskedForTheNextFrame() {
        var queue = OutboundQueue()
        _ = queue.enqueue(utf8("abc"))
        _ = queue.enqueue(utf8("de"))
        var socket = FakeSocket(budget: 0)
        #expect(socket.drain(&queue, budget: 2) == 2)
        #expect(socket.calls == 1)
    }

    @Test func aNewStateFrameReplacesOneThatHasNotStarted() {
        var queue = OutboundQueue()
        _ = queue.enqueue(utf8("state-1"), supersedable: true)
        _ = queue.enqueue(utf8("state-2"), supersedable: true)
        #expect(queue.byteCount == 7)
        #expect(queue.droppedFrames == 1)
        var socket = FakeSocket(budget: 0)
        _ = socket.drain(&queue, budget: 100)
        #expect(socket.received == utf8("state-2"))
    }

    /// Cutting a frame half-way would break the stream's framing for the reader.
    @Test func aHalfWrittenStateFrameIsNeverDropped() {
        var queue = OutboundQueue()
        _ = queue.enqueue(utf8("state-1"), supersedable: true)
        var socket = FakeSocket(budget: 0)
        _ = socket.drain(&queue, budget: 3)
        _ = queue.enqueue(utf8("state-2"), supersedable: true)
        #expect(queue.droppedFrames == 0)
        #expect(queue.byteCount == 4 + 7)
        _ = socket.drain(&queue, budget: 100)
        #expect(socket.received == utf8("state-1state-2"))
    }

    @Test func aStateFrameBehindAHalfWrittenOneIsStillReplaced() {
        var queue = OutboundQueue()
        _ = queue.enqueue(utf8("state-1"), supersedable: true)
        var socket = FakeSocket(budget: 0)
        _ = socket.drain(&queue, budget: 3)
        _ = queue.enqueue(utf8("state-2"), supersedable: true)
        _ = queue.enqueue(utf8("state-3"), supersedable: true)
        #expect(queue.droppedFrames == 1)
        _ = socket.drain(&queue, budget: 100)
        #expect(socket.received == utf8("state-1state-3"))
    }

    @Test func otherFramesAreNeverDroppedAndKeepTheirOrder() {
        var queue = OutboundQueue()
        _ = queue.enqueue(utf8("[s1]"), supersedable: true)
        _ = queue.enqueue(utf8("[ack1]"))
        _ = queue.enqueue(utf8("[s2]"), supersedable: true)
        _ = queue.enqueue(utf8("[ack2]"))
        _ = queue.enqueue(utf8("[ack3]"))
        _ = queue.enqueue(utf8("[s3]"), supersedable: true)
        #expect(queue.droppedFrames == 2)
        var socket = FakeSocket(budget: 0)
        _ = socket.drain(&queue, budget: 1_000)
        #expect(socket.received == utf8("[ack1][ack2][ack3][s3]"))
    }

    @Test func aStateFrameAlreadySentIsNotCountedAsDropped() {
        var queue = OutboundQueue()
        _ = queue.enqueue(utf8("state-1"), supersedable: true)
        var socket = FakeSocket(budget: 0)
        _ = socket.drain(&queue, budget: 100)
        _ = queue.enqueue(utf8("state-2"), supersedable: true)
        #expect(queue.droppedFrames == 0)
        _ = socket.drain(&queue, budget: 100)
        #expect(socket.received == utf8("state-1state-2"))
    }

    @Test func theHardLimitRefusesAFrameThatWouldPassItAndKeepsTheRest() {
        var queue = OutboundQueue(hardLimit: 10)
        #expect(queue.enqueue(utf8("123456")) == true)
        #expect(queue.enqueue(utf8("abcde")) == false)
        #expect(queue.byteCount == 6)
        #expect(queue.enqueue(utf8("abcd")) == true)
        #expect(queue.byteCount == 10)
        #expect(queue.enqueue(utf8("x"), supersedable: true) == false)
        var socket = FakeSocket(budget: 0)
        _ = socket.drain(&queue, budget: 100)
        #expect(socket.received == utf8("123456abcd"))
    }

    @Test func aStateFrameFitsUnderTheLimitByReplacingTheOneBeforeIt() {
        var queue = OutboundQueue(hardLimit: 10)
        #expect(queue.enqueue(utf8("state-01"), supersedable: true) == true)
        #expect(queue.enqueue(utf8("state-02"), supersedable: true) == true)
        #expect(queue.byteCount == 8)
        #expect(queue.droppedFrames == 1)
    }

    @Test func theDefaultHardLimitIsFourMebibytes() {
        #expect(OutboundQueue.defaultHardLimit == 4 * 1024 * 1024)
        #expect(OutboundQueue().hardLimit == OutboundQueue.defaultHardLimit)
    }

    @Test func anEmptyFrameIsAcceptedAndQueuesNothing() {
        var queue = OutboundQueue(hardLimit: 0)
        #expect(queue.enqueue([]) == true)
        #expect(queue.enqueue([], supersedable: true) == true)
        #expect(queue.isEmpty)
    }

    @Test func aNegativeWriteIsReturnedAsIsAndLosesNothing() {
        var queue = OutboundQueue()
        _ = queue.enqueue(utf8("abc"))
        #expect(queue.drain { _, _ in -1 } == -1)
        #expect(queue.byteCount == 3)
        var socket = FakeSocket(budget: 0)
        _ = socket.drain(&queue, budget: 100)
        #expect(socket.received == utf8("abc"))
    }

    @Test func aNegativeWriteAfterAPartialOneKeepsTheUnsentRest() {
        var queue = OutboundQueue()
        _ = queue.enqueue(utf8("abc"))
        _ = queue.enqueue(utf8("def"))
        var calls = 0
        let result = queue.drain { prefix, buffer in
            calls += 1
            return calls == 1 ? prefix.count + buffer.count : -32
        }
        #expect(result == -32)
        #expect(queue.byteCount == 3)
        var socket = FakeSocket(budget: 0)
        _ = socket.drain(&queue, budget: 100)
        #expect(socket.received == utf8("def"))
    }

    /// A connection's own prefix and the shared bytes go out together, in one write, and in order
    /// however the socket splits them; a superseded unit drops whole, prefix and all.
    @Test(arguments: [1, 2, 3, 5, 100])
    func aPrefixAndItsSharedBytesGoOutTogetherAndDropTogether(budget: Int) {
        let shared = utf8("\"host\":{}}")
        var queue = OutboundQueue()
        #expect(queue.enqueue(shared, prefix: OutboundPrefix(utf8("{\"seq\":1,")), supersedable: true) == true)
        #expect(queue.enqueue(shared, prefix: OutboundPrefix(utf8("{\"seq\":2,")), supersedable: true) == true)
        #expect(queue.byteCount == 19)
        #expect(queue.droppedFrames == 1)
        #expect(queue.enqueue(utf8("!"), prefix: OutboundPrefix(utf8("ack"))) == true)
        var socket = FakeSocket(budget: 0)
        var rounds = 0
        while !queue.isEmpty && rounds < 100 {
            _ = socket.drain(&queue, budget: budget)
            rounds += 1
        }
        #expect(socket.received == utf8("{\"seq\":2,\"host\":{}}ack!"))
        #expect(queue.byteCount == 0)
        if budget == 100 { #expect(socket.calls == 2) }
    }
}
