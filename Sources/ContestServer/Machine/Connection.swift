import ContestCore
import ContestProtocol
import Wire

/// One client connection as the server machine sees it: its protocol, its session, its outbound bytes.
///
/// The protocol is decided by the first bytes (`ProtocolSniffer`); after that the codec for it runs
/// here and hands complete client messages to the machine with their receive time. Codec-level
/// answers (pong, close echo, handshake) are queued at once; application answers wait for the
/// journal. A value with no socket in it: the driver owns the descriptors.
struct Connection {
    let tag: UInt64
    let peer: String
    var transport: Transport = .sniffing([])
    var session = HubSession()
    var outbound: OutboundQueue
    /// Server messages numbered for this connection so far: the last `seq` it was given.
    private(set) var sentMessages: UInt64 = 0
    /// Where the WebSocket frames end in what this connection sends, so a read can stop at one.
    var frameBoundary = WebSocketFrameBoundary()
    /// The kernel's stamp of the last read: the time of a final line that comes without its LF.
    var lastStamp: Micros = 0
    /// Whether the driver is told we want to write (the socket was full last time).
    var wantsWrite = false
    /// Whether the connection is in the machine's list of connections to write this pass.
    var queuedForWrite = false
    /// The peer sent EOF: no more reading, close once our answers are out.
    var peerDone = false
    var closing: Closing?
    /// When the peer last sent anything, and when a ping went out unanswered.
    var lastHeard: Micros
    var pingSentAt: Micros?
    /// Until when a connection may take to say what it is (HTTP head, WebSocket or NDJSON hello).
    var introductionDeadline: Micros?

    enum Transport {
        case sniffing([UInt8])
        case http(HTTPRequestHeadParser)
        case webSocket(WebSocketConnection, echo: Bool)
        case ndjson(LineFramer)
    }

    enum Closing {
        /// Send what is queued, then close our side and wait briefly for the peer to close.
        case afterFlush(deadline: Micros)
        /// Our side is shut; reading until the peer's EOF or the deadline.
        case lingering(deadline: Micros)
    }

    /// What the loop must act on after bytes were ingested.
    enum Arrival {
        case message([UInt8], stamp: Micros)
        case request(HTTPRequestHead)
        /// An NDJSON line over the limit: answer with an error, then close.
        case lineTooLong(limit: Int)
    }

    init(tag: UInt64, peer: String, now: Micros, introductionTimeout: Micros, outboundLimit: Int) {
        self.tag = tag
        self.peer = peer
        self.outbound = OutboundQueue(hardLimit: outboundLimit)
        self.lastHeard = now
        self.introductionDeadline = now + introductionTimeout
    }

    var isWebSocket: Bool {
        if case .webSocket = transport { return true }
        return false
    }

    var transportName: String {
        switch transport {
        case .sniffing: "new"
        case .http: "http"
        case .webSocket: "ws"
        case .ndjson: "ndjson"
        }
    }

    /// Runs newly read bytes through the connection's codec; returns what the loop must handle.
    /// Codec answers are queued on `outbound`; a codec failure sets `closing`.
    mutating func ingest(_ bytes: UnsafeRawBufferPointer, stamp: Micros, now: Micros, into arrivals: inout [Arrival]) {
        lastHeard = now
        lastStamp = stamp
        pingSentAt = nil
        if case .lingering = closing { return }
        switch transport {
        case .sniffing(var seen):
            seen.append(contentsOf: bytes)
            switch ProtocolSniffer.classify(seen) {
            case .undecided:
                transport = .sniffing(seen)
            case .http:
                transport = .http(HTTPRequestHeadParser())
                seen.withUnsafeBytes { ingest($0, stamp: stamp, now: now, into: &arrivals) }
            case .ndjson:
                transport = .ndjson(LineFramer())
                seen.withUnsafeBytes { ingest($0, stamp: stamp, now: now, into: &arrivals) }
            }
        case .http(var parser):
            guard closing == nil else { return }
            parser.append(bytes)
            switch parser.parseStep() {
            case .needMoreData:
                transport = .http(parser)
            case .head(let head):
                transport = .http(parser)
                arrivals.append(.request(head))
            case .error(let error):
                transport = .http(parser)
                send(error.response)
                closeAfterFlush(now: now)
            }
        case .webSocket(var socket, let echo):
            frameBoundary.advance(over: bytes)
            socket.append(bytes)
            while let action = socket.nextAction() {
                switch action {
                case .deliverText(let text):
                    if echo {
                        send(WebSocketFrameEncoder.text(text))
                    } else {
                        arrivals.append(.message(Array(text.utf8), stamp: stamp))
                    }
                case .deliverBinary(let payload):
                    if echo {
                        send(WebSocketFrameEncoder.binary(payload))
                    } else {
                        if let frame = socket.close(code: .unsupportedData, reason: "text frames only") { send(frame) }
                    }
                case .send(let reply):
                    send(reply)
                case .pongReceived:
                    break
                case .peerClosed(_, let reply):
                    send(reply)
                    closeAfterFlush(now: now)
                case .closeAcknowledged:
                    closeAfterFlush(now: now)
                case .fail(_, let closeFrame):
                    send(closeFrame)
                    closeAfterFlush(now: now)
                }
            }
            transport = .webSocket(socket, echo: echo)
        case .ndjson(var framer):
            framer.append(bytes)
            Self.lines(from: &framer, stamp: stamp, into: &arrivals) { $0.parseStep() }
            transport = .ndjson(framer)
        }
    }

    /// The peer's end of input: an NDJSON line it sent without a line feed is a message too.
    mutating func finishInput(into arrivals: inout [Arrival]) {
        guard case .ndjson(var framer) = transport, closing == nil else { return }
        Self.lines(from: &framer, stamp: lastStamp, into: &arrivals) { $0.finish() }
        transport = .ndjson(framer)
    }

    /// Hands the framer's lines to the loop until `next` has none; blank lines are keep-alives.
    private static func lines(
        from framer: inout LineFramer, stamp: Micros, into arrivals: inout [Arrival],
        next: (inout LineFramer) -> LineFramer.ParseResult
    ) {
        while true {
            switch next(&framer) {
            case .needMoreData:
                return
            case .line(let line):
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { arrivals.append(.message(line, stamp: stamp)) }
            case .error:
                arrivals.append(.lineTooLong(limit: framer.maxLineLength))
                return
            }
        }
    }

    /// How many of the bytes waiting in the socket (peeked, not read) to read so the read ends
    /// exactly at the end of the first whole message among them, and the kernel's stamp is that
    /// message's; nil to read them all (no message ends in them, or the transport needs no care).
    func readLength(upcoming: UnsafeRawBufferPointer) -> Int? {
        switch transport {
        case .ndjson: return LineFramer.lengthThroughFirstLine(in: upcoming)
        case .sniffing(let seen):
            let start = seen + Array(upcoming.prefix(8))
            return ProtocolSniffer.classify(start) == .ndjson ? LineFramer.lengthThroughFirstLine(in: upcoming) : nil
        case .webSocket: return frameBoundary.lengthThroughFirstFrame(in: upcoming)
        case .http: return nil
        }
    }

    /// Switches an HTTP connection to WebSocket after the 101 was queued; leftover bytes go to it.
    mutating func upgrade(echo: Bool, now: Micros, into arrivals: inout [Arrival]) {
        guard case .http(var parser) = transport else { return }
        let rest = parser.takeUnconsumedBytes()
        transport = .webSocket(WebSocketConnection(), echo: echo)
        frameBoundary = WebSocketFrameBoundary()
        introductionDeadline = echo ? nil : introductionDeadline
        if !rest.isEmpty { rest.withUnsafeBytes { ingest($0, stamp: now, now: now, into: &arrivals) } }
    }

    /// Numbers one encoded server message for this connection, frames it for its transport and
    /// queues it; `false` when the outbound buffer is over its limit.
    @discardableResult
    mutating func send(_ message: EncodedServerMessage) -> Bool {
        var prefix = OutboundPrefix()
        let number = sentMessages + 1
        switch transport {
        case .webSocket(let socket, _):
            guard socket.state == .open else { return true }
            let length = message.head.count + Self.decimalLength(number) + message.tail.count
            prefix.appendWebSocketHeader(opcode: .text, payloadLength: length)
            prefix.append(message.head)
            prefix.appendDecimal(number)
            sentMessages = number
            return outbound.enqueue(message.tail, prefix: prefix, supersedable: message.supersedable)
        case .ndjson:
            prefix.append(message.head)
            prefix.appendDecimal(number)
            sentMessages = number
            return outbound.enqueue(message.lineTail, prefix: prefix, supersedable: message.supersedable)
        case .sniffing, .http:
            return true
        }
    }

    /// How many decimal digits `value` has.
    static func decimalLength(_ value: UInt64) -> Int {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
    }

    /// Queues raw bytes (codec answers, HTTP responses, pre-framed broadcasts).
    @discardableResult
    mutating func send(_ bytes: [UInt8], supersedable: Bool = false) -> Bool {
        outbound.enqueue(bytes, supersedable: supersedable)
    }

    /// Starts closing: WebSocket peers get a close frame with `code` first, NDJSON peers an `error`
    /// line with `notice`, in the connection's language.
    mutating func close(code: WebSocketCloseCode, reason: String, notice: ProtocolErrorCode?, now: Micros) {
        switch transport {
        case .webSocket(var socket, let echo):
            if let frame = socket.close(code: code, reason: reason) { send(frame) }
            transport = .webSocket(socket, echo: echo)
        case .ndjson:
            if let notice { send(EncodedServerMessage(.error(notice, message: notice.message(session.language)))) }
        case .sniffing, .http:
            break
        }
        closeAfterFlush(now: now)
    }

    mutating func closeAfterFlush(now: Micros) {
        if closing == nil { closing = .afterFlush(deadline: now + Time.seconds(5)) }
    }
}
