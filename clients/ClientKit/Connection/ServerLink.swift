import ContestCore
import ContestProtocol
import Foundation
import Wire

#if canImport(Glibc)
    import Glibc
#endif

/// The console's one connection to the server: dial, upgrade, `hello`, and redial when it drops.
///
/// It is driven by the console's poll loop: the loop polls `descriptor` for `wantsWrite` or input,
/// then calls `readable`, `writable` and `tick`; nothing here blocks except name resolution. Every
/// reconnect sends `hello` with the same token, and the server answers with a fresh snapshot, so
/// resuming needs nothing else. Pings every 15 s keep the server's idle timeout away and reveal a
/// dead link (no byte for 45 s) that TCP alone would not notice for minutes.
public final class ServerLink {
    public let address: ServerAddress
    public private(set) var status = LinkStatus.connecting
    public private(set) var descriptor: Int32 = -1
    private let hello: ClientMessage.Hello
    private var phase = Phase.idle
    private var outbound: [UInt8] = []
    private var backoff = Backoff()
    private var lastHeard: Int64 = 0
    private var lastPing: Int64 = 0
    /// One read buffer for the life of the link, not one per wake-up of the poll loop.
    private var readBuffer = [UInt8](repeating: 0, count: 65536)

    private enum Phase {
        case idle
        case dialling
        case handshaking(WebSocketClientHandshake)
        case open(WebSocketConnection)
    }

    static let pingInterval: Int64 = 15_000_000
    static let silenceLimit: Int64 = 45_000_000

    public init(address: ServerAddress, hello: ClientMessage.Hello) {
        self.address = address
        self.hello = hello
    }

    deinit { closeSocket() }

    /// Whether the loop should wait for the socket to become writable.
    public var wantsWrite: Bool {
        if case .dialling = phase { return true }
        return !outbound.isEmpty
    }

    /// Queues an action as a `command`; false (and nothing queued) when the link is not up, so the
    /// console can say "not sent" instead of pretending.
    @discardableResult
    public func send(_ action: Action, id: String? = nil) -> Bool {
        guard case .open(var connection) = phase, status == .online else { return false }
        outbound += connection.textFrame(Self.text(of: .command(action, id: id)))
        phase = .open(connection)
        flush()
        return true
    }

    /// Dials when due, pings when quiet, and gives up on a link that went silent.
    public func tick(now: Int64) {
        switch (phase, status) {
        case (.idle, .connecting):
            dial(now: now)
        case (.idle, .offline(_, let retryAt)) where now >= retryAt:
            status = .connecting
            dial(now: now)
        case (.open, _) where now - lastHeard > Self.silenceLimit:
            fail("服务器无响应 no answer from the server", now: now)
        case (.open(var connection), _) where now - lastPing > Self.pingInterval && now - lastHeard > Self.pingInterval:
            outbound += connection.pingFrame()
            phase = .open(connection)
            lastPing = now
            flush()
        case (.dialling, _) where now - lastHeard > 5_000_000, (.handshaking, _) where now - lastHeard > 5_000_000:
            fail("连接超时 connection timed out", now: now)
        default:
            break
        }
    }

    /// The socket became writable: a dial completed, or queued bytes can go.
    public func writable(now: Int64) {
        if case .dialling = phase {
            var error: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &error, &length)
            guard error == 0 else { return fail(String(cString: strerror(error)), now: now) }
            var key = [UInt8](repeating: 0, count: 16)
            for index in key.indices { key[index] = UInt8.random(in: 0...255) }
            let handshake = WebSocketClientHandshake(host: address.description, path: "/ws", keyBytes: key)
            outbound = handshake.request
            phase = .handshaking(handshake)
        }
        flush()
    }

    /// The text message that carries `message`: ContestProtocol's encoding, the server's own reader.
    public static func text(of message: ClientMessage) -> String {
        String(decoding: JSONWriter.encode(message), as: UTF8.self)
    }

    /// Reads one text message from the server; a type this version does not know is `.unknown`,
    /// so an older console keeps working against a newer server.
    public static func envelope(_ text: String) throws(ProtocolDecodingError) -> ServerEnvelope {
        try ServerEnvelope(jsonText: Array(text.utf8))
    }

    /// Reads what arrived and returns the server's messages, in order.
    public func readable(now: Int64) -> [ServerMessage] {
        var messages: [ServerMessage] = []
        while descriptor >= 0 {
            let count = readBuffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) { break }
            guard count > 0 else {
                fail(
                    count == 0 ? "服务器断开了连接 the server closed the connection" : String(cString: strerror(errno)),
                    now: now)
                break
            }
            lastHeard = now
            messages += receive(Array(readBuffer[..<count]), now: now)
        }
        return messages
    }

    private func receive(_ bytes: [UInt8], now: Int64) -> [ServerMessage] {
        switch phase {
        case .handshaking(var handshake):
            handshake.append(bytes)
            switch handshake.parse() {
            case .needMoreData:
                phase = .handshaking(handshake)
                return []
            case .refused(let error):
                fail(error.message, now: now)
                return []
            case .accepted(let leftover):
                var connection = WebSocketConnection(role: .client, maskingSeed: UInt64.random(in: 0...UInt64.max))
                outbound += connection.textFrame(Self.text(of: .hello(hello)))
                phase = .open(connection)
                lastPing = now
                flush()
                return leftover.isEmpty ? [] : receive(leftover, now: now)
            }
        case .open(var connection):
            connection.append(bytes)
            var messages: [ServerMessage] = []
            while let action = connection.nextAction() {
                switch action {
                case .deliverText(let text):
                    guard let message = try? Self.envelope(text).message else { continue }
                    messages.append(message)
                    observe(message)
                case .send(let reply):
                    outbound += reply
                case .pongReceived, .deliverBinary:
                    break
                case .peerClosed(let close, let reply):
                    outbound += reply
                    flush()
                    let code = close.code.map { String($0.rawValue) } ?? "-"
                    fail(
                        close.code == .goingAway ? "服务器已停止 the server stopped (1001)" : "连接关闭 closed (\(code))",
                        now: now)
                    return messages
                case .fail(let error, let reply):
                    outbound += reply
                    flush()
                    fail("协议错误 protocol error: \(error.message)", now: now)
                    return messages
                case .closeAcknowledged:
                    fail("连接已关闭 closed", now: now)
                    return messages
                }
            }
            phase = .open(connection)
            flush()
            return messages
        case .idle, .dialling:
            return []
        }
    }

    /// Online only once the server has welcomed us; a bad token ends the retrying for good.
    private func observe(_ message: ServerMessage) {
        switch message {
        case .welcome:
            status = .online
            backoff.reset()
        case .error(.badToken, let message):
            status = .refused(reason: message)
        default:
            break
        }
    }

    private func dial(now: Int64) {
        lastHeard = now
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(address.host, String(address.port), &hints, &result) == 0, let info = result else {
            return fail("找不到服务器地址 cannot resolve \(address.host)", now: now)
        }
        defer { freeaddrinfo(result) }
        descriptor = socket(info.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        guard descriptor >= 0 else { return fail(String(cString: strerror(errno)), now: now) }
        var one: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        if connect(descriptor, info.pointee.ai_addr, info.pointee.ai_addrlen) != 0 && errno != EINPROGRESS {
            return fail(String(cString: strerror(errno)), now: now)
        }
        phase = .dialling
    }

    private func flush() {
        guard descriptor >= 0, !outbound.isEmpty else { return }
        switch phase {
        case .dialling, .idle: return
        case .handshaking, .open: break
        }
        let sent = outbound.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        if sent > 0 { outbound.removeFirst(sent) }
    }

    private func fail(_ reason: String, now: Int64) {
        closeSocket()
        phase = .idle
        outbound = []
        if case .refused = status { return }
        status = .offline(reason: reason, retryAt: now + backoff.nextDelay())
    }

    private func closeSocket() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }
}
