// libFuzzer target `http-head`: HTTPRequestHeadParser, WebSocketHandshake.respond(to:) on every
// head it yields, and the hand-over of the bytes after a head. Build and run with Tests/Fuzz/run.
//
// Input: byte 0 picks how the stream is cut (ChunkPlan), byte 1 the limits and when the bytes after
// a head are taken (HTTPSetup), the rest is what a client sent on a fresh connection.

/// The parser's limits and hand-over rule for one input, read from one byte so that small limits
/// are as easy to reach as the defaults.
struct HTTPSetup {
    static let headLimits = [HTTPRequestHeadParser.defaultMaxHeadLength, 300, 64, 16]
    static let requestLineLimits = [HTTPRequestHeadParser.defaultMaxRequestLineLength, 64, 20, 5]
    static let fieldCountLimits = [HTTPRequestHeadParser.defaultMaxHeaderFieldCount, 8, 1, 0]

    enum HandOver {
        /// As the server does: after a head the handshake accepts.
        case afterUpgrade
        /// After the first head, whatever it is.
        case afterAnyHead
        /// Never: heads are pipelined until the input ends or fails.
        case never
    }

    let maxHeadLength: Int
    let maxRequestLineLength: Int
    let maxHeaderFieldCount: Int
    let handOver: HandOver

    init(_ byte: UInt8) {
        maxHeadLength = Self.headLimits[Int(byte & 3)]
        maxRequestLineLength = Self.requestLineLimits[Int(byte >> 2 & 3)]
        maxHeaderFieldCount = Self.fieldCountLimits[Int(byte >> 4 & 3)]
        switch byte >> 6 {
        case 0: handOver = .afterUpgrade
        case 1: handOver = .afterAnyHead
        default: handOver = .never
        }
    }
}

/// What the event loop saw, in order.
enum HeadEvent: Hashable {
    case parsed(HTTPRequestHeadParser.ParseResult)
    case handshake(Result<[UInt8], WebSocketHandshakeError>)
    /// `takeUnconsumedBytes()` followed by every byte received after it: the next codec's input.
    case handedOver([UInt8])

    var isParsed: Bool {
        if case .handedOver = self { return false }
        return true
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func httpHeadFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = fuzzInput(data, size)
    guard input.count >= 2 else { return 0 }
    let plan = ChunkPlan(input[0])
    let setup = HTTPSetup(input[1])
    let stream = plan.stream(input[2...])

    let pieces = plan.chunks(of: stream)
    let whole = parseHeads(setup, stream: stream, pieces: [stream])
    let chunked = parseHeads(setup, stream: stream, pieces: pieces)
    require(chunked == whole, "heads depend on the cut: whole \(whole), cut \(chunked)")
    // The bytes handed over grow with the prefix, so only the parser's own results are compared.
    let prefix = middlePrefix(of: stream, pieces: pieces)
    let early = parseHeads(setup, stream: prefix, pieces: [prefix]).filter(\.isParsed)
    require(whole.starts(with: early), "a prefix gives heads the whole stream does not: \(early), \(whole)")
    return 0
}

/// Drives a fresh parser as the event loop would, checking every head, handshake and error.
func parseHeads(_ setup: HTTPSetup, stream: ArraySlice<UInt8>, pieces: [ArraySlice<UInt8>]) -> [HeadEvent] {
    var parser = HTTPRequestHeadParser(
        maxHeadLength: setup.maxHeadLength, maxRequestLineLength: setup.maxRequestLineLength,
        maxHeaderFieldCount: setup.maxHeaderFieldCount)
    var events: [HeadEvent] = []
    var handedOver: [UInt8]?
    pieces: for (index, piece) in pieces.enumerated() {
        if handedOver != nil {
            handedOver! += piece
            continue
        }
        parser.append(piece: piece, index: index)
        while true {
            let result = parser.parseStep()
            switch result {
            case .needMoreData:
                continue pieces
            case .head(let head):
                check(head)
                let handshake = WebSocketHandshake.respond(to: head)
                check(handshake, for: head)
                events += [.parsed(result), .handshake(handshake)]
                let accepted = (try? handshake.get()) != nil
                if setup.handOver == .afterAnyHead || (setup.handOver == .afterUpgrade && accepted) {
                    handedOver = parser.takeUnconsumedBytes()
                    require(parser.parseStep() == .needMoreData, "bytes left in the parser after the hand-over")
                    continue pieces
                }
            case .error(let error):
                require(error.status.code >= 400, "error \(error) answers \(error.status)")
                check(response: error.response, status: error.status)
                require(parser.parseStep() == result, "error \(error) is not sticky")
                events.append(.parsed(result))
                return events
            }
        }
    }
    if let handedOver {
        // What the next codec gets is exactly what followed the blank line ending the last head.
        let head = stream.dropLast(handedOver.count)
        require(stream.hasSuffix(handedOver), "handed-over bytes are not the end of the stream")
        require(head.hasSuffix([10, 10]) || head.hasSuffix([10, 13, 10]), "hand-over not after a blank line")
        events.append(.handedOver(handedOver))
    }
    return events
}

/// Checks what the parser promises about every head it yields.
func check(_ head: HTTPRequestHead) {
    require(head.method == "GET" && head.version.major == 1, "head \(head.method) \(head.version)")
    let target = Array(head.target.utf8)
    require(target.first == UInt8(ascii: "/") && target.allSatisfy { $0 > 0x20 && $0 < 0x7F }, "target \(target)")
    require(head.path + (head.query.map { "?" + $0 } ?? "") == head.target, "path and query do not make the target")
    for field in head.headers {
        let name = Array(field.name.utf8)
        let value = Array(field.value.utf8)
        require(!name.isEmpty && name.allSatisfy(isTokenByte), "header name \(name)")
        require(value.allSatisfy { $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }, "control byte in value \(value)")
        require(value.first != 0x20 && value.first != 0x09 && value.last != 0x20 && value.last != 0x09, "untrimmed")
        // Base64 decoding is strict, so whatever it accepts it must spell the same way on the way back.
        if let decoded = Base64.decode(field.value) {
            require(Base64.encode(decoded) == field.value, "Base64 accepts the non-canonical \(field.value)")
        }
    }
    let hosts = head.headers["Host"].count
    require(hosts == 1 || (hosts == 0 && head.version < .http1_1), "\(hosts) Host fields in \(head.version)")
}

/// A 101 carries the accept value for the request's key; a refusal is a complete error response.
func check(_ handshake: Result<[UInt8], WebSocketHandshakeError>, for head: HTTPRequestHead) {
    switch handshake {
    case .success(let response):
        let keys = head.headers["Sec-WebSocket-Key"]
        require(keys.count == 1 && Base64.decode(keys[0])?.count == 16, "101 for the keys \(keys)")
        let accept = "\r\nSec-WebSocket-Accept: \(WebSocketHandshake.acceptValue(forKey: keys[0]))\r\n"
        require(
            response.starts(with: "HTTP/1.1 101 Switching Protocols\r\n".utf8) && find(accept, in: response) != nil
                && response.suffix(4).elementsEqual("\r\n\r\n".utf8),
            "101: \(String(decoding: response, as: UTF8.self))")
    case .failure(let error):
        require(error.status.code >= 400, "handshake error \(error) answers \(error.status)")
        check(response: error.response, status: error.status)
    }
}

/// An error response: the status line, `Content-Length` matching the body, and nothing else after.
func check(response: [UInt8], status: HTTPStatus) {
    let text = { String(decoding: response, as: UTF8.self) }
    require(response.starts(with: "HTTP/1.1 \(status)\r\n".utf8), "response \(text()) for \(status)")
    guard let blank = find("\r\n\r\n", in: response) else { return require(false, "no blank line: \(text())") }
    let bodyLength = response.count - blank - 4
    let length = find("\r\nContent-Length: \(bodyLength)\r\n", in: response)
    require(length != nil && length! < blank, "Content-Length does not fit \(text())")
}

/// Where `needle` first starts in `bytes`: a plain loop, since the generic `firstRange(of:)` and
/// `String.contains` of the standard library cost more than the parser being fuzzed.
func find(_ needle: String, in bytes: [UInt8]) -> Int? {
    let pattern = Array(needle.utf8)
    guard pattern.count <= bytes.count else { return nil }
    for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
        if bytes[start..<start + pattern.count].elementsEqual(pattern) { return start }
    }
    return nil
}

/// The `tchar` set of RFC 9110 §5.6.2, written out again rather than borrowed from the parser:
/// digits, letters and ``!#$%&'*+-.^_`|~``.
func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E...0x60, 0x7C, 0x7E:
        true
    default:
        false
    }
}

extension ArraySlice<UInt8> {
    /// Whether the slice ends with `suffix`.
    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(endIndex - suffix.count)...].elementsEqual(suffix)
    }
}
