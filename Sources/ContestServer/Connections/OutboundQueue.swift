/// The bytes waiting to go out on one connection, bounded so a slow reader cannot grow it forever.
///
/// Chunks are shared arrays: a broadcast's bytes are stored once however many queues hold them,
/// each behind a small inline prefix of the connection's own (its frame header and sequence number),
/// so queuing a broadcast allocates nothing per connection. A
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
        /// This connection's own bytes, sent first.
        var prefix: OutboundPrefix
        /// The shared bytes.
        var bytes: [UInt8]
        var supersedable: Bool

        var count: Int { prefix.count + bytes.count }
    }

    public init(hardLimit: Int = defaultHardLimit) {
        self.hardLimit = hardLimit
    }

    public var isEmpty: Bool { byteCount == 0 }

    /// Queues `prefix` then `bytes` as one unit (dropped or sent together); `false` when the queue
    /// would pass its hard limit (cut the connection).
    public mutating func enqueue(
        _ bytes: [UInt8], prefix: OutboundPrefix = OutboundPrefix(), supersedable: Bool = false
    ) -> Bool {
        let chunk = Chunk(prefix: prefix, bytes: bytes, supersedable: supersedable)
        guard chunk.count > 0 else { return true }
        if supersedable { dropUnstartedSupersedable() }
        guard byteCount + chunk.count <= hardLimit else { return false }
        chunks.append(chunk)
        byteCount += chunk.count
        return true
    }

    /// Hands the unsent bytes to `write` chunk by chunk, as the rest of the chunk's prefix and the
    /// rest of its shared bytes (either may be empty), until it takes less than offered (the socket
    /// is full) or returns a negative number (an error, returned as is); the total otherwise.
    public mutating func drain(_ write: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Int) -> Int {
        var total = 0
        while head < chunks.count {
            let chunk = chunks[head]
            let offered = chunk.count - sentOfHead
            let written = chunk.prefix.withUnsafeBytes { prefix in
                chunk.bytes.withUnsafeBytes { bytes in
                    let inPrefix = min(sentOfHead, prefix.count)
                    return write(
                        UnsafeRawBufferPointer(rebasing: prefix[inPrefix...]),
                        UnsafeRawBufferPointer(rebasing: bytes[(sentOfHead - inPrefix)...]))
                }
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
                byteCount -= chunk.count
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
