import CQuizSys
import ContestCore
import ContestProtocol
import Glibc
import Wire

extension QuizServer {
    func acceptAll() {
        var peer = [CChar](repeating: 0, count: 64)
        while true {
            let descriptor = cqs_accept(listener, &peer, peer.count)
            if descriptor < 0 {
                if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                    log("accept failed: \(Self.errnoText())")
                }
                return
            }
            let tag = nextTag
            nextTag += 1
            let now = cqs_now_micros()
            let connection = Connection(
                tag: tag, descriptor: descriptor,
                peer: String(decoding: peer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self), now: now,
                introductionTimeout: options.introductionTimeout, outboundLimit: options.outboundLimit)
            guard cqs_epoll_add(epoll, descriptor, 1, 0, tag) == 0 else {
                log("epoll_ctl failed for \(connection.peer): \(Self.errnoText())")
                Glibc.close(descriptor)
                continue
            }
            connections[tag] = connection
        }
    }

    func serviceConnection(tag: UInt64, flags: UInt32, pass: inout Pass) {
        guard let connection = connections[tag] else { return }
        if flags & 1 != 0 { read(connection, pass: &pass) }
        guard connections[tag] != nil else { return }
        if flags & 2 != 0 { flush(connection) }
        if flags & 4 != 0 && flags & 1 == 0 { drop(connection, reason: nil) }
    }

    /// Reads what the socket holds (a few reads at most, so one client cannot hog a pass), each read
    /// ending where a message ends: the bytes are peeked first, so every message gets the kernel's
    /// receive stamp of its own last byte, not that of whatever the client sent after it.
    func read(_ connection: Connection, pass: inout Pass) {
        for _ in 0..<4 {
            let waiting = readBuffer.withUnsafeMutableBytes {
                recv(connection.descriptor, $0.baseAddress, $0.count, Int32(MSG_PEEK | MSG_DONTWAIT))
            }
            let limit =
                waiting > 0
                ? readBuffer.withUnsafeBytes {
                    connection.readLength(upcoming: UnsafeRawBufferPointer(rebasing: $0[0..<waiting]))
                } ?? waiting : readBuffer.count
            var stamp: Int64 = -1
            let count = readBuffer.withUnsafeMutableBytes {
                cqs_receive(connection.descriptor, $0.baseAddress, limit, &stamp)
            }
            if count == 0 {
                peerFinished(connection, pass: &pass)
                return
            }
            if count < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
                drop(connection, reason: errno == ECONNRESET ? nil : "read failed: \(Self.errnoText())")
                return
            }
            let now = cqs_now_micros()
            if stamp < 0 && !warnedAboutMissingStamps {
                warnedAboutMissingStamps = true
                log("the kernel gave no receive timestamp (SO_TIMESTAMPNS); buzzes are ordered by read time instead")
            }
            connection.bytesRead += UInt64(count)
            var arrivals: [Connection.Arrival] = []
            let received = receiveTime(of: connection, kernelStamp: stamp, now: now)
            readBuffer.withUnsafeBytes {
                connection.ingest(
                    UnsafeRawBufferPointer(rebasing: $0[0..<count]), stamp: received, now: now, into: &arrivals)
            }
            take(arrivals, from: connection, now: now, pass: &pass)
            if !connection.outbound.isEmpty { pass.dirty.insert(connection.tag) }
            if count == waiting && waiting < readBuffer.count { return }
        }
    }

    /// When the bytes just read had all arrived: the kernel's stamp of the read, or the arrival
    /// watch's note when that is earlier (the kernel merged this message with later bytes while the
    /// loop was busy, and stamped the whole with the later time).
    func receiveTime(of connection: Connection, kernelStamp: Int64, now: Micros) -> Micros {
        let stamp = kernelStamp >= 0 ? kernelStamp / 1000 : now
        guard connection.arrivalsWatched, let arrivalWatch else { return stamp }
        let noted = cqs_arrival_watch_time(arrivalWatch, connection.descriptor, connection.bytesRead)
        return noted >= 0 ? min(stamp, noted) : stamp
    }

    /// Times this connection's messages by the arrival watch from now on; hosts, judges and teams
    /// only, whose order matters, never the hall's screens.
    func watchArrivals(of connection: Connection) {
        guard let arrivalWatch, !connection.arrivalsWatched else { return }
        connection.arrivalsWatched = cqs_arrival_watch_add(arrivalWatch, connection.descriptor) == 0
    }

    /// Routes what the codec produced: messages wait for the pass's decision, upgrades happen now.
    func take(_ arrivals: [Connection.Arrival], from connection: Connection, now: Micros, pass: inout Pass) {
        for arrival in arrivals {
            switch arrival {
            case .message(let bytes, let stamp):
                pass.messages.append((stamp, connection.tag, bytes))
            case .lineTooLong(let limit):
                let text = ProtocolErrorCode.lineTooLong.message(connection.session.language, detail: "\(limit)")
                pass.replies.append((connection.tag, [.error(.lineTooLong, message: text)], true))
            case .request(let head):
                let route = HTTPRoute(head, echoEnabled: options.conformanceEcho)
                guard route == .webSocket || route == .echo else {
                    pass.requests.append((connection.tag, route))
                    continue
                }
                switch WebSocketHandshake.respond(to: head) {
                case .failure(let error):
                    connection.send(error.response)
                    connection.closeAfterFlush(now: now)
                case .success(let response):
                    connection.send(response)
                    var more: [Connection.Arrival] = []
                    connection.upgrade(echo: route == .echo, now: now, into: &more)
                    take(more, from: connection, now: now, pass: &pass)
                }
            }
        }
    }

    /// The peer closed its side: what it sent before is still decided and answered (`nc` piping a
    /// script), then the connection closes once the answers are out.
    func peerFinished(_ connection: Connection, pass: inout Pass) {
        if case .lingering = connection.closing {
            drop(connection, reason: nil)
            return
        }
        var arrivals: [Connection.Arrival] = []
        connection.finishInput(into: &arrivals)
        take(arrivals, from: connection, now: cqs_now_micros(), pass: &pass)
        connection.peerDone = true
        connection.closeAfterFlush(now: cqs_now_micros())
        connection.wantsWrite = true
        _ = cqs_epoll_modify(epoll, connection.descriptor, 0, 1, connection.tag)
        pass.dirty.insert(connection.tag)
    }

    /// Writes what the socket takes; asks epoll for writability when it is full.
    func flush(_ connection: Connection) {
        guard connections[connection.tag] != nil else { return }
        let written = connection.outbound.drain { first, second in
            let count = cqs_send2(
                connection.descriptor, first.baseAddress, first.count, second.baseAddress, second.count)
            if count < 0 { return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? 0 : -1 }
            return count
        }
        if written < 0 {
            drop(connection, reason: nil)
            return
        }
        let empty = connection.outbound.isEmpty
        if empty, case .afterFlush = connection.closing {
            if connection.peerDone {
                drop(connection, reason: nil)
                return
            }
            shutdown(connection.descriptor, Int32(SHUT_WR))
            connection.closing = .lingering(deadline: cqs_now_micros() + Time.seconds(2))
        }
        let wantsWrite = !empty
        if wantsWrite != connection.wantsWrite {
            connection.wantsWrite = wantsWrite
            _ = cqs_epoll_modify(
                epoll, connection.descriptor, connection.peerDone ? 0 : 1, wantsWrite ? 1 : 0, connection.tag)
        }
    }

    /// Closes the socket now; `reason` is logged when the drop is worth an operator's attention.
    func drop(_ connection: Connection, reason: String?) {
        guard connections.removeValue(forKey: connection.tag) != nil else { return }
        if let reason {
            log("\(connection.peer) \(connection.session.identity?.logName ?? connection.transportName): \(reason)")
        }
        if let identity = connection.session.identity {
            presenceChanged = true
            if identity != .screen { log("\(connection.peer) \(identity.logName) left") }
        }
        _ = cqs_epoll_remove(epoll, connection.descriptor)
        if connection.arrivalsWatched, let arrivalWatch {
            cqs_arrival_watch_remove(arrivalWatch, connection.descriptor)
        }
        Glibc.close(connection.descriptor)
    }

    /// Timeouts, once a second: silent newcomers, unanswered pings, closes that never finished.
    func housekeeping(now: Micros) {
        for connection in Array(connections.values) {
            switch connection.closing {
            case .afterFlush(let deadline), .lingering(let deadline):
                if now >= deadline { drop(connection, reason: nil) }
                continue
            case nil:
                break
            }
            if let deadline = connection.introductionDeadline, now >= deadline {
                connection.close(
                    code: WebSocketCloseCode(rawValue: 4000), reason: "hello timeout",
                    notice: .helloRequired, now: now)
                flush(connection)
                continue
            }
            guard connection.isWebSocket else { continue }
            if now - connection.lastHeard >= options.idleTimeout {
                connection.close(
                    code: WebSocketCloseCode(rawValue: 4001), reason: "idle timeout", notice: nil, now: now)
                flush(connection)
            } else if now - connection.lastHeard >= options.pingInterval && connection.pingSentAt == nil {
                connection.pingSentAt = now
                connection.send(WebSocketFrameEncoder.ping())
                flush(connection)
            }
        }
    }

    /// Closes every client with 1001 (NDJSON clients get a last error line), writes what it can.
    func shutDown() {
        let now = cqs_now_micros()
        Glibc.close(listener)
        listener = -1
        for connection in Array(connections.values) {
            connection.close(code: .goingAway, reason: "server shutting down", notice: .serverShuttingDown, now: now)
            flush(connection)
        }
        try? journal.sync()
        for connection in Array(connections.values) { drop(connection, reason: nil) }
        log("stopped; journal closed with \(journalEntries) accepted commands")
    }
}
