/// The bytes waiting to go out on one connection, bounded so a slow reader cannot grow it forever.
///
/// Chunks are shared arrays: a broadcast's bytes are stored once however many queues hold them. A
/// state frame that has not started to go out is dropped when a newer one arrives (the newer one
/// says everything it said); past the hard limit the connection is to be cut, and nobody else waits.
public struct OutboundQueue: Sendable {
    /// 4 MiB: hundreds of state frames, far beyond what a reader that keeps up ever holds.
    public static let defaultHardLimit = 4 << 20

    public let hardLimit: Int
    private var chunks: [Chunk] = []
    /// Index of the first chunk still to send, and how much of it has gone.
    private var head = 0
    private var sentOfHead = 0
    public private(set) var byteCount = 0
    /// State frames dropped because a newer one superseded them.
    public private(set) var droppedFrames = 0

    struct Chunk: Sendable {
        var bytes: [UInt8]
        var supersedable: Bool
    }

    public init(hardLimit: Int = defaultHardLimit) {
        self.hardLimit = hardLimit
    }

    public var isEmpty: Bool { byteCount == 0 }

    /// Queues `bytes`; `false` when the queue would pass its hard limit (cut the connection).
    public mutating func enqueue(_ bytes: [UInt8], supersedable: Bool = false) -> Bool {
        guard !bytes.isEmpty else { return true }
        if supersedable { dropUnstartedSupersedable() }
        guard byteCount + bytes.count <= hardLimit else { return false }
        chunks.append(Chunk(bytes: bytes, supersedable: supersedable))
        byteCount += bytes.count
        return true
    }

    /// Hands the unsent bytes to `write` chunk by chunk until it takes less than offered (the
    /// socket is full) or returns a negative number (an error, returned as is); the total otherwise.
    public mutating func drain(_ write: (UnsafeRawBufferPointer) -> Int) -> Int {
        var total = 0
        while head < chunks.count {
            let offered = chunks[head].bytes.count - sentOfHead
            let written = chunks[head].bytes.withUnsafeBytes {
                write(UnsafeRawBufferPointer(rebasing: $0[sentOfHead...]))
            }
            if written < 0 { return written }
            total += written
            byteCount -= written
            if written < offered {
                sentOfHead += written
                break
            }
            head += 1
            sentOfHead = 0
        }
        compact()
        return total
    }

    private mutating func dropUnstartedSupersedable() {
        let firstUnstarted = sentOfHead > 0 ? head + 1 : head
        guard firstUnstarted < chunks.count else { return }
        var kept = Array(chunks[..<firstUnstarted])
        for chunk in chunks[firstUnstarted...] {
            if chunk.supersedable {
                byteCount -= chunk.bytes.count
                droppedFrames += 1
            } else {
                kept.append(chunk)
            }
        }
        chunks = kept
    }

    private mutating func compact() {
        if head == chunks.count {
            chunks.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 32 && head * 2 > chunks.count {
            chunks.removeFirst(head)
            head = 0
        }
    }
}
