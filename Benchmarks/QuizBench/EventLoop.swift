import CQuizSys
import Glibc

/// The bench's one thread and one epoll instance, driving every client connection non-blocking.
///
/// A pass first reads every ready socket (stamping each read) and only then decodes what the
/// officials and teams received, so one connection's decoding never delays another's stamp. The
/// loop keeps how long it waited in `epoll_wait`, which tells whether the bench kept up.
final class EventLoop {
    private let epoll = cqs_epoll_create()
    private(set) var connections: [BenchConnection?] = []
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 16)
    private var tags = [UInt64](repeating: 0, count: 1024)
    private var flags = [UInt32](repeating: 0, count: 1024)
    private var watchingWrites = Set<Int>()
    /// Nanoseconds spent waiting for readiness, since the loop began.
    private(set) var waitedNanos: Int64 = 0
    /// Why the first connection that ended unasked did.
    private(set) var firstFailure: String?
    private var seed: UInt64 = 0x5EED

    deinit { buffer.deallocate() }

    /// Opens a connection to `port` on loopback and starts its WebSocket upgrade.
    func connect(port: Int, reading: BenchConnection.Reading) -> BenchConnection? {
        let descriptor = cqs_connect_loopback(Int32(port), 1)
        guard descriptor >= 0 else {
            note("connect: \(String(cString: strerror(errno)))")
            return nil
        }
        seed &+= 0x9E37_79B9
        let connection = BenchConnection(
            descriptor: descriptor, tag: connections.count, reading: reading, port: port, seed: seed)
        connections.append(connection)
        _ = cqs_epoll_add(epoll, descriptor, 1, 1, UInt64(connection.tag))
        watchingWrites.insert(connection.tag)
        connection.onClose = { [unowned self] connection, reason in
            note(reason)
            connections[connection.tag] = nil
        }
        connection.onBacklog = { [unowned self] in updateInterest($0) }
        return connection
    }

    private func note(_ reason: String) {
        if firstFailure == nil { firstFailure = reason }
    }

    /// Closes every connection (the server sees them leave) and forgets them.
    func closeAll() {
        for case let connection? in connections {
            connection.onClose = nil
            connection.fail("closed by the bench")
        }
        connections.removeAll()
        watchingWrites.removeAll()
    }

    /// Runs passes until `done()` holds or `deadline` (monotonic ns) passes; whether `done()` held.
    @discardableResult
    func run(until deadline: Int64, _ done: () -> Bool) -> Bool {
        while !done() {
            let now = Monotonic.now()
            guard now < deadline else { return false }
            pass(timeoutMillis: Int32(min(50, max(1, (deadline - now) / 1_000_000))))
        }
        return true
    }

    /// Runs passes for `nanos` nanoseconds, whatever happens.
    func run(for nanos: Int64) {
        let end = Monotonic.now() + nanos
        _ = run(until: end) { false }
    }

    /// Runs until no byte has arrived for `quiet` nanoseconds (the server has nothing more to send),
    /// or `deadline`; whether it went quiet.
    @discardableResult
    func settle(quiet: Int64, deadline: Int64) -> Bool {
        var last = Monotonic.now()
        while Monotonic.now() - last < quiet {
            guard Monotonic.now() < deadline else { return false }
            if pass(timeoutMillis: Int32(max(1, quiet / 1_000_000))) > 0 { last = Monotonic.now() }
        }
        return true
    }

    /// One wait and the work it found: how many sockets were ready.
    @discardableResult
    func pass(timeoutMillis: Int32) -> Int {
        let before = Monotonic.now()
        let ready = Int(cqs_epoll_wait(epoll, &tags, &flags, Int32(tags.count), timeoutMillis))
        let now = Monotonic.now()
        waitedNanos += now - before
        guard ready > 0 else { return 0 }
        var toParse: [BenchConnection] = []
        for index in 0..<ready {
            guard let connection = connections[Int(tags[index])] else { continue }
            if flags[index] & 2 != 0 { connection.writable() }
            if flags[index] & 5 != 0 {
                connection.readable(into: buffer, at: now)
                if connection.hasUnparsedBytes { toParse.append(connection) }
            }
        }
        for connection in toParse { connection.parse() }
        for index in 0..<ready {
            let tag = Int(tags[index])
            if let connection = connections[tag] { updateInterest(connection) }
        }
        return ready
    }

    /// Watches `connection` for writability exactly while it has bytes queued.
    func updateInterest(_ connection: BenchConnection) {
        let wants = connection.wantsWrite
        guard wants != watchingWrites.contains(connection.tag) else { return }
        if wants { watchingWrites.insert(connection.tag) } else { watchingWrites.remove(connection.tag) }
        _ = cqs_epoll_modify(epoll, connection.descriptor, 1, wants ? 1 : 0, UInt64(connection.tag))
    }
}
