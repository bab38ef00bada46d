import ContestCore
import Wire

extension ServerMachine {
    /// Carries out a `write` effect: hands the queued bytes to `send` (the socket) until it takes
    /// less than offered (full: the machine asks to hear when it is writable) or fails (-1: the
    /// connection is dropped). A connection that is closing is shut or dropped once its queue is out.
    public mutating func drain(
        _ tag: UInt64, now: Micros, using send: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> Int
    ) {
        guard connections[tag] != nil else { return }
        let written = connections[tag]!.outbound.drain(send)
        if written < 0 {
            drop(tag, reason: nil)
            return
        }
        let empty = connections[tag]!.outbound.isEmpty
        let peerDone = connections[tag]!.peerDone
        if empty, case .afterFlush = connections[tag]!.closing {
            if peerDone {
                drop(tag, reason: nil)
                return
            }
            effects.append(.shutdownWrite(tag))
            connections[tag]!.closing = .lingering(deadline: now + Time.seconds(2))
        }
        if !empty != connections[tag]!.wantsWrite {
            connections[tag]!.wantsWrite = !empty
            effects.append(.interest(tag, readable: !peerDone, writable: !empty))
        }
    }

    /// Forgets the connection and closes its socket; `reason` is logged when the drop is worth an
    /// operator's attention.
    mutating func drop(_ tag: UInt64, reason: String?) {
        guard let connection = connections.remove(tag) else { return }
        if let reason {
            effects.append(
                .log(
                    "\(connection.peer) \(connection.session.identity?.logName ?? connection.transportName): \(reason)")
            )
        }
        if let identity = connection.session.identity {
            presenceChanged = true
            hub.connection(of: identity, joined: false)
            if !identity.isCrowd { effects.append(.log("\(connection.peer) \(identity.logName) left")) }
        }
        effects.append(.close(tag))
    }

    /// Queues an encoded message on one connection, cutting it when its buffer is over the limit.
    mutating func send(_ message: EncodedServerMessage, to tag: UInt64) {
        guard connections[tag]?.send(message) == false else {
            markForWrite(tag)
            return
        }
        drop(tag, reason: "too slow: outbound buffer over \(options.outboundLimit) bytes")
    }
}
