import CQuizSys
import Glibc
import Wire

/// One client connection of the bench, a state machine driven by the bench's event loop:
/// connecting, upgrading (the WebSocket handshake), open, closed.
///
/// Officials and teams decode whole frames with Wire's decoder; screens only scan for frame
/// boundaries (`FrameScanner`), keeping each frame's first bytes. Every frame is handed on with the
/// monotonic time of the read that completed it.
final class BenchConnection {
    enum Phase { case connecting, upgrading, open, closed }

    /// Whether frames are decoded whole (`full`) or only scanned (`light`).
    enum Reading { case full, light }

    let descriptor: Int32
    let tag: Int
    let reading: Reading
    private(set) var phase = Phase.connecting
    private var handshake: WebSocketClientHandshake
    private var decoder = WebSocketFrameDecoder(role: .client, maxPayloadLength: 1 << 22)
    private var scanner = FrameScanner()
    private var keys: WebSocketMaskingKeyStream
    private var outbound: [UInt8] = []
    private var outboundSent = 0
    /// The monotonic time of the latest read, in nanoseconds.
    private(set) var lastRead: Int64 = 0
    private(set) var bytesReceived = 0
    private(set) var framesReceived = 0
    /// Set when `decoder` has bytes to parse after a read.
    var hasUnparsedBytes = false

    /// Called once the upgrade is accepted.
    var onOpen: ((BenchConnection) -> Void)?
    /// Called for each text frame: its payload (whole, or the first bytes when `light`), its length,
    /// and when it was read.
    var onText: ((BenchConnection, [UInt8], Int, Int64) -> Void)?
    /// Called when the connection ends, with why.
    var onClose: ((BenchConnection, String) -> Void)?
    /// Called when bytes had to be queued, so the loop watches for writability.
    var onBacklog: ((BenchConnection) -> Void)?

    init(descriptor: Int32, tag: Int, reading: Reading, port: Int, seed: UInt64) {
        self.descriptor = descriptor
        self.tag = tag
        self.reading = reading
        keys = WebSocketMaskingKeyStream(seed: seed)
        var keyBytes: [UInt8] = []
        for _ in 0..<4 {
            let (b0, b1, b2, b3) = keys.next().bytes
            keyBytes += [b0, b1, b2, b3]
        }
        handshake = WebSocketClientHandshake(host: "127.0.0.1:\(port)", path: "/ws", keyBytes: keyBytes)
    }

    /// Whether bytes wait to be written (the loop then watches for writability).
    var wantsWrite: Bool { phase == .connecting || outboundSent < outbound.count }

    /// Sends `text` as one masked text frame, now if the socket takes it, else queued.
    func sendText(_ text: String) {
        write(WebSocketFrameEncoder.text(text, maskingKey: keys.next()))
    }

    /// Writes `bytes` at once when nothing is queued; returns false when they had to be queued.
    @discardableResult
    func write(_ bytes: [UInt8]) -> Bool {
        guard phase != .closed else { return false }
        outbound.append(contentsOf: bytes)
        guard phase != .connecting else { return false }
        flush()
        if outboundSent < outbound.count { onBacklog?(self) }
        return outboundSent == outbound.count
    }

    /// The socket became writable: finish connecting, or write what is queued.
    func writable() {
        if phase == .connecting {
            var error: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &error, &length)
            guard error == 0 else { return fail("connect: \(String(cString: strerror(error)))") }
            phase = .upgrading
            outbound.insert(contentsOf: handshake.request, at: 0)
        }
        flush()
    }

    private func flush() {
        while outboundSent < outbound.count {
            let count = outbound.withUnsafeBytes {
                send(descriptor, $0.baseAddress! + outboundSent, $0.count - outboundSent, Int32(MSG_NOSIGNAL))
            }
            if count > 0 {
                outboundSent += count
            } else {
                if count < 0 && errno != EAGAIN && errno != EINTR { fail("send: \(String(cString: strerror(errno)))") }
                return
            }
        }
        outbound.removeAll(keepingCapacity: true)
        outboundSent = 0
    }

    /// Reads everything waiting, through `buffer`, and hands on the frames it completes.
    func readable(into buffer: UnsafeMutableRawBufferPointer, at now: Int64) {
        while phase != .closed {
            let count = recv(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_DONTWAIT))
            if count == 0 { return fail("the server closed the connection") }
            if count < 0 {
                if errno != EAGAIN && errno != EINTR { fail("recv: \(String(cString: strerror(errno)))") }
                return
            }
            lastRead = now
            bytesReceived += count
            received(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            if count < buffer.count { return }
        }
    }

    private func received(_ bytes: UnsafeRawBufferPointer) {
        switch phase {
        case .upgrading:
            handshake.append(Array(bytes))
            switch handshake.parse() {
            case .needMoreData: return
            case .refused(let error): return fail("upgrade refused: \(error)")
            case .accepted(let leftover):
                phase = .open
                onOpen?(self)
                leftover.withUnsafeBytes { framed($0) }
            }
        case .open: framed(bytes)
        case .connecting, .closed: return
        }
    }

    private func framed(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        switch reading {
        case .full:
            decoder.append(bytes)
            hasUnparsedBytes = true
        case .light:
            scanner.scan(bytes) { frame in handle(opcode: frame.opcode, payload: frame.prefix, length: frame.length) }
            if scanner.failed { fail("a malformed frame from the server") }
        }
    }

    /// Decodes the frames read so far (full reading), after every ready socket has been read and stamped.
    func parse() {
        hasUnparsedBytes = false
        while phase == .open {
            switch decoder.parseStep() {
            case .needMoreData: return
            case .error(let error): return fail("bad frame: \(error)")
            case .frame(let frame):
                handle(opcode: frame.opcode.rawValue, payload: frame.payload, length: frame.payload.count)
            }
        }
    }

    private func handle(opcode: UInt8, payload: [UInt8], length: Int) {
        switch opcode {
        case WebSocketOpcode.text.rawValue:
            framesReceived += 1
            onText?(self, payload, length, lastRead)
        case WebSocketOpcode.ping.rawValue:
            write(WebSocketFrameEncoder.pong(payload, maskingKey: keys.next()))
        case WebSocketOpcode.close.rawValue:
            fail("the server sent a close frame")
        default:
            return
        }
    }

    /// Ends the connection and says why.
    func fail(_ reason: String) {
        guard phase != .closed else { return }
        phase = .closed
        close(descriptor)
        onClose?(self, reason)
    }
}
