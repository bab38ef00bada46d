import ContestCore
import ContestProtocol
import Wire

extension ServerMachine {
    /// Timeouts, once a second: silent newcomers, unanswered pings, closes that never finished.
    mutating func housekeeping(now: Micros) {
        for tag in connections.tags {
            guard let connection = connections[tag] else { continue }
            switch connection.closing {
            case .afterFlush(let deadline), .lingering(let deadline):
                if now >= deadline { drop(tag, reason: nil) }
                continue
            case nil:
                break
            }
            if let deadline = connection.introductionDeadline, now >= deadline {
                connections[tag]!.close(
                    code: WebSocketCloseCode(rawValue: 4000), reason: "hello timeout", notice: .helloRequired,
                    now: now)
                markForWrite(tag)
                continue
            }
            guard connection.isWebSocket else { continue }
            if now - connection.lastHeard >= options.idleTimeout {
                connections[tag]!.close(
                    code: WebSocketCloseCode(rawValue: 4001), reason: "idle timeout", notice: nil, now: now)
                markForWrite(tag)
            } else if now - connection.lastHeard >= options.pingInterval && connection.pingSentAt == nil {
                connections[tag]!.pingSentAt = now
                connections[tag]!.send(WebSocketFrameEncoder.ping())
                markForWrite(tag)
            }
        }
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
