/// Splits a byte stream into lines for newline-delimited JSON over plain TCP.
///
/// Framing only: bytes in, lines out, the JSON is someone else's job. A line ends at LF; a CR right
/// before it is dropped so that CRLF clients work too, and empty lines are skipped as keep-alives.
/// A line longer than the limit fails as soon as it is known to be too long, without buffering the
/// rest, and the error is sticky: after it the stream has no trustworthy line boundaries.
///
/// ```swift
/// var framer = LineFramer()
/// framer.append(Array("{\"buzz\":1}\r\n{\"bu".utf8))
/// framer.parseStep()  // .line(Array("{\"buzz\":1}".utf8))
/// framer.parseStep()  // .needMoreData
/// ```
public struct LineFramer: Sendable {
    /// What one parse step found.
    public enum ParseResult: Sendable, Hashable {
        case needMoreData
        /// A line's bytes, without the LF or CRLF that ended it.
        case line([UInt8])
        /// Answer with the error's message and close the connection.
        case error(LineFramerError)
    }

    /// 64 KiB, the same limit as a WebSocket message, so both transports accept the same commands.
    public static let defaultMaxLineLength = 1 << 16

    /// The longest line accepted, not counting its line ending.
    public let maxLineLength: Int

    private var buffer = InputBuffer()
    /// How far the unread bytes have been searched for LF, so each byte is searched once.
    private var scanOffset = 0
    private var failure: LineFramerError?

    public init(maxLineLength: Int = defaultMaxLineLength) {
        self.maxLineLength = max(0, maxLineLength)
    }

    /// Adds received bytes.
    public mutating func append(_ bytes: [UInt8]) { buffer.append(bytes) }

    /// Adds received bytes straight from a read buffer.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) { buffer.append(bytes) }

    /// How many bytes of `upcoming` (not yet read) to read to end exactly after the first line feed,
    /// so a read holds one line and the kernel's stamp for it is that line's; nil when none has one.
    public static func lengthThroughFirstLine(in upcoming: UnsafeRawBufferPointer) -> Int? {
        upcoming.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 }
    }

    /// Frames a JSON text for sending: its bytes followed by LF.
    public static func frame(_ line: [UInt8]) -> [UInt8] {
        var framed = line
        framed.append(UInt8(ascii: "\n"))
        return framed
    }

    /// The next non-empty line, if a whole one has arrived.
    public mutating func parseStep() -> ParseResult {
        if let failure { return .error(failure) }
        while true {
            let newline = buffer.withUnreadBytes { bytes -> Int? in
                var index = scanOffset
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "\n") { return index }
                    index += 1
                }
                return nil
            }
            guard let newline else {
                scanOffset = buffer.count
                // One byte of slack: a line of exactly the limit may still be followed by its CR.
                let excess = buffer.count - maxLineLength
                let tooLong = excess > 1 || (excess == 1 && buffer[maxLineLength] != UInt8(ascii: "\r"))
                if tooLong { return fail() }
                return .needMoreData
            }
            var length = newline
            if length > 0 && buffer[length - 1] == UInt8(ascii: "\r") { length -= 1 }
            guard length <= maxLineLength else { return fail() }
            let line = buffer.copy(from: 0, length: length)
            buffer.consume(newline + 1)
            scanOffset = 0
            if !line.isEmpty { return .line(line) }
        }
    }

    /// The explicit end of input: a last line the peer sent without a line feed before it closed
    /// (`printf '…' | nc`); `.needMoreData` when nothing but a line ending or blanks is left.
    /// Call it once `parseStep` has nothing more to give.
    public mutating func finish() -> ParseResult {
        if let failure { return .error(failure) }
        var length = buffer.count
        if length > 0 && buffer[length - 1] == UInt8(ascii: "\r") { length -= 1 }
        guard length > 0 else { return .needMoreData }
        guard length <= maxLineLength else { return fail() }
        let line = buffer.copy(from: 0, length: length)
        buffer.consume(buffer.count)
        scanOffset = 0
        return .line(line)
    }

    private mutating func fail() -> ParseResult {
        let error = LineFramerError.lineTooLong(limit: maxLineLength)
        failure = error
        return .error(error)
    }
}
