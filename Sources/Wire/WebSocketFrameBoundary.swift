/// Where WebSocket frames end in a byte stream, so a reader can stop a read exactly at one.
///
/// The kernel stamps a TCP read with the arrival time of the last segment it copied; a read that
/// takes a buzz together with whatever the team sent next would time the buzz by those later bytes.
/// Reading up to the end of the first whole frame keeps each message's stamp its own. Sans-IO: it
/// follows the bytes actually read (`advance`) and looks ahead into bytes not yet read
/// (`lengthThroughFirstFrame`), without buffering any of them.
///
/// ```swift
/// var boundary = WebSocketFrameBoundary()
/// boundary.lengthThroughFirstFrame(in: [0x81, 0x82, m0, m1, m2, m3, x, y, 0x81, …])  // 8
/// ```
public struct WebSocketFrameBoundary: Sendable, Hashable {
    /// Header bytes of the frame being read, until the header is whole.
    private var header: [UInt8] = []
    /// Payload bytes the current frame still has, once its header is whole.
    private var payloadLeft = 0

    public init() {}

    /// Follows bytes that were read and handed to the decoder.
    public mutating func advance(over bytes: UnsafeRawBufferPointer) {
        for byte in bytes { _ = step(byte) }
    }

    /// How many bytes of `upcoming` to read to end exactly where the first frame completing in them
    /// ends; nil when no frame completes (read them all: the frame goes on in later segments).
    public func lengthThroughFirstFrame(in upcoming: UnsafeRawBufferPointer) -> Int? {
        var ahead = self
        for (index, byte) in upcoming.enumerated() where ahead.step(byte) { return index + 1 }
        return nil
    }

    /// Takes one byte; whether it ends a frame.
    private mutating func step(_ byte: UInt8) -> Bool {
        if payloadLeft > 0 {
            payloadLeft -= 1
            return payloadLeft == 0
        }
        header.append(byte)
        guard let (length, headerLength) = Self.parse(header), header.count == headerLength else { return false }
        header.removeAll(keepingCapacity: true)
        payloadLeft = length
        return length == 0
    }

    /// The payload length and header length a frame's first bytes give, once enough of them are in.
    private static func parse(_ header: [UInt8]) -> (Int, Int)? {
        guard header.count >= 2 else { return nil }
        let masked = header[1] & 0x80 != 0
        let short = Int(header[1] & 0x7F)
        let lengthBytes = short == 126 ? 2 : (short == 127 ? 8 : 0)
        let headerLength = 2 + lengthBytes + (masked ? 4 : 0)
        guard header.count >= 2 + lengthBytes else { return nil }
        var length = short
        if lengthBytes > 0 {
            length = 0
            for index in 2..<(2 + lengthBytes) { length = (length << 8) | Int(header[index]) }
            // A length the decoder refuses anyway: the frame ends the connection, so read on.
            if length < 0 || length > Int(Int32.max) { length = Int(Int32.max) }
        }
        return (length, headerLength)
    }
}
