import ContestCore
import ContestProtocol
import Wire

extension ServerMachine {
    /// Timeouts, once a second: silent newcomers, unanswered pings, closes that never finished.
    ///
    /// One walk over the connections in place (10,000 screens: a fraction of a millisecond); the
    /// few that need something are handled after it.
    mutating func housekeeping(now: Micros) {
        var expired: [UInt64] = []
        var touched: [UInt64] = []
        let idleTimeout = options.idleTimeout
        let pingInterval = options.pingInterval
        connections.updateEach { connection in
            switch connection.closing {
            case .afterFlush(let deadline), .lingering(let deadline):
                if now >= deadline { expired.append(connection.tag) }
                return
            case nil:
                break
            }
            if let deadline = connection.introductionDeadline, now >= deadline {
                connection.close(
                    code: WebSocketCloseCode(rawValue: 4000), reason: "hello timeout", notice: .helloRequired,
                    now: now)
                touched.append(connection.tag)
                return
            }
            guard connection.isWebSocket else { return }
            if now - connection.lastHeard >= idleTimeout {
                connection.close(
                    code: WebSocketCloseCode(rawValue: 4001), reason: "idle timeout", notice: nil, now: now)
                touched.append(connection.tag)
            } else if now - connection.lastHeard >= pingInterval && connection.pingSentAt == nil {
                connection.pingSentAt = now
                connection.send(WebSocketFrameEncoder.ping())
                touched.append(connection.tag)
            }
        }
        for tag in expired { drop(tag, reason: nil) }
        for tag in touched { markForWrite(tag) }
    }

    /// Shutting down: every client gets a close (1001) or, on NDJSON, a last error line, written
    /// now; `closeAll()` then forgets them once the journal is synced.
    public mutating func shutDown(now: Micros) {
        for tag in connections.tags {
            connections[tag]!.close(
                code: .goingAway, reason: "server shutting down", notice: .serverShuttingDown, now: now)
            connections[tag]!.queuedForWrite = false
            effects.append(.write(tag))
        }
        writeList.removeAll()
    }

    /// Forgets every connection, closing each socket.
    public mutating func closeAll() {
        for tag in connections.tags { drop(tag, reason: nil) }
    }
}
