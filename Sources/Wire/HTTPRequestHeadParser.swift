/// Parses HTTP/1.x GET request heads (RFC 9112) from received bytes, with size limits.
///
/// The port serves pages, JSON and the WebSocket upgrade, all with GET, so this parser reads only
/// request heads and refuses anything that would carry a body. It scans each byte once across
/// calls, fails as soon as a limit is passed (a 414 while the request line is still arriving), and
/// stops at the blank line: bytes after it stay buffered for the next request or, after an
/// upgrade, for `takeUnconsumedBytes()`. Lines may end in CRLF or a bare LF; errors are sticky.
///
/// ```swift
/// var parser = HTTPRequestHeadParser()
/// parser.append(Array("GET /ws HTTP/1.1\r\nHost: quiz\r\n\r\n".utf8))
/// parser.parseStep()  // .head(HTTPRequestHead(method: "GET", target: "/ws", ...))
/// ```
public struct HTTPRequestHeadParser: Sendable {
    /// What one parse step found.
    public enum ParseResult: Sendable, Hashable {
        case needMoreData
        case head(HTTPRequestHead)
        /// Answer with the error's `response` and close the connection.
        case error(HTTPRequestHeadError)
    }

    /// 8 KiB for the whole head, as most servers allow; a browser's upgrade request is under 1 KiB.
    public static let defaultMaxHeadLength = 8192
    /// 4 KiB for the request line, which bounds the target (414 beyond).
    public static let defaultMaxRequestLineLength = 4096
    /// 64 header fields (431 beyond); browsers send about 15.
    public static let defaultMaxHeaderFieldCount = 64

    public let maxHeadLength: Int
    public let maxRequestLineLength: Int
    public let maxHeaderFieldCount: Int

    private var buffer = InputBuffer()
    /// Where the next scan for a line feed starts, relative to the unread bytes.
    private var scanOffset = 0
    private var lineStart = 0
    /// The lines of the head so far, request line first, without their line endings.
    private var lines: [Range<Int>] = []
    private var failure: HTTPRequestHeadError?

    public init(
        maxHeadLength: Int = defaultMaxHeadLength, maxRequestLineLength: Int = defaultMaxRequestLineLength,
        maxHeaderFieldCount: Int = defaultMaxHeaderFieldCount
    ) {
        self.maxHeadLength = max(0, maxHeadLength)
        self.maxRequestLineLength = max(0, maxRequestLineLength)
        self.maxHeaderFieldCount = max(0, maxHeaderFieldCount)
    }

    /// Adds received bytes.
    public mutating func append(_ bytes: [UInt8]) { buffer.append(bytes) }

    /// Adds received bytes straight from a read buffer.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) { buffer.append(bytes) }

    /// Removes and returns the bytes after the last parsed head, such as frames sent right after an
    /// upgrade request, so the next codec on the connection can start with them.
    public mutating func takeUnconsumedBytes() -> [UInt8] {
        resetHead()
        return buffer.takeAll()
    }

    /// Parses the next request head, if the buffered bytes hold a whole one.
    public mutating func parseStep() -> ParseResult {
        if let failure { return .error(failure) }
        switch scan() {
        case .needMoreData:
            return .needMoreData
        case .error(let error):
            failure = error
            return .error(error)
        case .headEnds(let length):
            let result = buffer.withUnreadBytes { HTTPRequestHeadReader.read(lines: lines, in: $0) }
            buffer.consume(length)
            resetHead()
            switch result {
            case .success(let head):
                return .head(head)
            case .failure(let error):
                failure = error
                return .error(error)
            }
        }
    }

    private enum ScanResult {
        case needMoreData
        case headEnds(length: Int)
        case error(HTTPRequestHeadError)
    }

    /// Finds line ends from where the last call stopped, checking the limits at every byte, so the
    /// limit passed first decides the error however the bytes were split across reads.
    private mutating func scan() -> ScanResult {
        buffer.withUnreadBytes { bytes in
            while scanOffset < bytes.count {
                let index = scanOffset
                scanOffset += 1
                guard bytes[index] == UInt8(ascii: "\n") else {
                    // Too long even if the next byte is the LF of a CRLF: 414 before the line ends.
                    if lines.isEmpty && index - lineStart > maxRequestLineLength {
                        return .error(.requestLineTooLong(limit: maxRequestLineLength))
                    }
                    if index >= maxHeadLength { return .error(.headTooLarge(limit: maxHeadLength)) }
                    continue
                }
                var end = index
                if end > lineStart && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = lineStart..<end
                lineStart = index + 1
                if line.isEmpty {
                    guard index < maxHeadLength else { return .error(.headTooLarge(limit: maxHeadLength)) }
                    // Empty lines before the request line are tolerated (RFC 9112 §2.2).
                    if lines.isEmpty { continue }
                    return .headEnds(length: index + 1)
                }
                if lines.isEmpty && line.count > maxRequestLineLength {
                    return .error(.requestLineTooLong(limit: maxRequestLineLength))
                }
                lines.append(line)
                if lines.count - 1 > maxHeaderFieldCount {
                    return .error(.tooManyHeaderFields(limit: maxHeaderFieldCount))
                }
                if index >= maxHeadLength { return .error(.headTooLarge(limit: maxHeadLength)) }
            }
            return .needMoreData
        }
    }

    private mutating func resetHead() {
        scanOffset = 0
        lineStart = 0
        lines.removeAll(keepingCapacity: true)
    }
}
