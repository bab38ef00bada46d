// Shared by every libFuzzer target in this directory; compiled together with Sources/Wire by
// Tests/Fuzz/run, never by SwiftPM.

/// Stops the fuzzer with `message` when a property does not hold.
///
/// `precondition` drops its message in optimised builds, and a trap without a message makes a crash
/// found at night hard to read; `fatalError` always prints it before libFuzzer saves the input.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz property violated: \(message())") }
}

/// The fuzzer's bytes as an array, so the harnesses can slice and compare without pointers.
func fuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}

/// How one input is cut into the pieces a socket might deliver, chosen by one input byte.
///
/// The low three bits set the largest piece (1 to 128 bytes, so byte-by-byte feeding is one plan in
/// eight) and the rest seed the sizes, so libFuzzer explores cut points by mutating a single byte
/// while the stream itself stays put. One seed in 32 (the top five bits all set) also repeats the
/// stream to 5 KiB, so that the input buffers consume more than 4 KiB between appends and compact
/// their storage, which inputs of libFuzzer's default 4 KiB would otherwise never make them do.
struct ChunkPlan {
    /// The length a repeated stream reaches: past the buffers' 4 KiB compaction threshold, with a
    /// KiB to spare for appends after it, and no longer, since these inputs are the slowest.
    static let repeatedLength = 5 * 1024

    let largest: Int
    let seed: UInt32
    let repeatsStream: Bool

    init(_ byte: UInt8) {
        largest = 1 << Int(byte & 7)
        seed = UInt32(byte >> 3) &* 0x9E37_79B9 | 1
        repeatsStream = byte >> 3 == 31
    }

    /// The stream to feed: `bytes` itself, or `bytes` repeated to at least 5 KiB.
    func stream(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard repeatsStream && !bytes.isEmpty else { return bytes }
        var repeated: [UInt8] = []
        repeated.reserveCapacity(Self.repeatedLength + bytes.count)
        while repeated.count < Self.repeatedLength { repeated.append(contentsOf: bytes) }
        return repeated[...]
    }

    /// The pieces of `bytes`, in order, none empty, together exactly `bytes`.
    func chunks(of bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        var state = seed
        var start = bytes.startIndex
        while start < bytes.endIndex {
            // xorshift32: tiny, and good enough to vary the sizes.
            state ^= state << 13
            state ^= state >> 17
            state ^= state << 5
            let size = 1 + Int(state % UInt32(largest))
            let end = min(start + size, bytes.endIndex)
            pieces.append(bytes[start..<end])
            start = end
        }
        return pieces
    }
}

/// The stream up to the end of its middle piece: what the codec had received at that point.
///
/// The targets check that the results for this prefix, fed whole, begin the results for the whole
/// stream, so a codec never holds back a result it could already give (the event loop only reads
/// more when told `.needMoreData`).
func middlePrefix(of stream: ArraySlice<UInt8>, pieces: [ArraySlice<UInt8>]) -> ArraySlice<UInt8> {
    guard !pieces.isEmpty else { return stream }
    return stream[..<pieces[(pieces.count - 1) / 2].endIndex]
}

/// A codec that takes received bytes the two ways the event loop may hand them over.
protocol ByteSink {
    mutating func append(_ bytes: [UInt8])
    mutating func append(_ bytes: UnsafeRawBufferPointer)
}

extension WebSocketConnection: ByteSink {}
extension WebSocketFrameDecoder: ByteSink {}
extension LineFramer: ByteSink {}
extension HTTPRequestHeadParser: ByteSink {}

extension ByteSink {
    /// Appends piece number `index`: as an array for even pieces, as a raw buffer for odd ones, so
    /// both overloads are exercised.
    mutating func append(piece: ArraySlice<UInt8>, index: Int) {
        let bytes = Array(piece)
        if index % 2 == 0 {
            append(bytes)
        } else {
            bytes.withUnsafeBytes { append($0) }
        }
    }
}
