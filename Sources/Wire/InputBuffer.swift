/// Bytes received from a socket but not yet parsed, consumed from the front.
///
/// Every decoder here is fed whatever a `read()` returned, so frames and lines straddle chunk
/// boundaries. Consuming moves a read index instead of shifting the array, and the storage is
/// compacted only when that is cheap (everything read) or pays for itself (the dead prefix is large),
/// so parsing stays linear in the bytes received.
struct InputBuffer: Sendable {
    private var storage: [UInt8] = []
    private var readIndex = 0

    /// How many unread bytes there are.
    var count: Int { storage.count - readIndex }

    /// Appends received bytes after the unread ones.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        compactBeforeAppend()
        storage.append(contentsOf: bytes)
    }

    /// Appends received bytes after the unread ones.
    mutating func append(_ bytes: [UInt8]) {
        compactBeforeAppend()
        storage.append(contentsOf: bytes)
    }

    /// Appends received bytes after the unread ones.
    mutating func append(_ bytes: ArraySlice<UInt8>) {
        compactBeforeAppend()
        storage.append(contentsOf: bytes)
    }

    /// The unread byte at `offset`; the caller has checked `offset < count`.
    subscript(offset: Int) -> UInt8 { storage[readIndex + offset] }

    /// A copy of `length` unread bytes starting at `offset`.
    func copy(from offset: Int, length: Int) -> [UInt8] {
        let start = readIndex + offset
        return Array(storage[start..<start + length])
    }

    /// Runs `body` over the unread bytes without copying them.
    func withUnreadBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[readIndex...]))
        }
    }

    /// Marks `length` unread bytes as read.
    mutating func consume(_ length: Int) {
        readIndex += length
        if readIndex == storage.count {
            storage.removeAll(keepingCapacity: true)
            readIndex = 0
        }
    }

    /// Removes and returns every unread byte, for handing over to the next protocol on a connection.
    mutating func takeAll() -> [UInt8] {
        let rest = Array(storage[readIndex...])
        storage.removeAll(keepingCapacity: true)
        readIndex = 0
        return rest
    }

    private mutating func compactBeforeAppend() {
        if readIndex >= 4096 && readIndex * 2 >= storage.count {
            storage.removeSubrange(0..<readIndex)
            readIndex = 0
        }
    }
}
