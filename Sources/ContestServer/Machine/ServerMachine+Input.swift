import ContestCore
import ContestProtocol
import Wire

extension ServerMachine {
    /// A new connection from `peer`; it has `introductionTimeout` to say what it is.
    public mutating func accepted(_ tag: UInt64, peer: String, now: Micros) {
        connections.insert(
            Connection(
                tag: tag, peer: peer, now: now, introductionTimeout: options.introductionTimeout,
                outboundLimit: options.outboundLimit))
    }

    /// How many of the bytes waiting in the socket (peeked, not read) to read so the read ends at
    /// the end of the first whole message among them; nil to read them all.
    public func readLength(_ tag: UInt64, upcoming: UnsafeRawBufferPointer) -> Int? {
        connections[tag]?.readLength(upcoming: upcoming)
    }

    /// Bytes read from the connection, all of which had arrived by `stamp`.
    public mutating func received(_ tag: UInt64, bytes: UnsafeRawBufferPointer, stamp: Micros, now: Micros) {
        guard connections[tag] != nil else { return }
        var arrivals: [Connection.Arrival] = []
        connections[tag]!.ingest(bytes, stamp: stamp, now: now, into: &arrivals)
        take(arrivals, from: tag, now: now)
        if connections[tag]?.outbound.isEmpty == false { markForWrite(tag) }
    }

    /// The peer closed its side: what it sent before is still decided and answered (`nc` piping a
    /// script), then the connection closes once the answers are out.
    public mutating func peerFinished(_ tag: UInt64, now: Micros) {
        guard let connection = connections[tag] else { return }
        if case .lingering = connection.closing {
            drop(tag, reason: nil)
            return
        }
        var arrivals: [Connection.Arrival] = []
        connections[tag]!.finishInput(into: &arrivals)
        take(arrivals, from: tag, now: now)
        connections[tag]!.peerDone = true
        connections[tag]!.closeAfterFlush(now: now)
        connections[tag]!.wantsWrite = true
        effects.append(.interest(tag, readable: false, writable: true))
        markForWrite(tag)
    }

    /// The socket can take more bytes: write what is queued now.
    public mutating func writable(_ tag: UInt64) {
        guard connections[tag] != nil else { return }
        effects.append(.write(tag))
    }

    /// The socket failed or hung up without anything left to read: forget the connection.
    public mutating func hungUp(_ tag: UInt64, reason: String?) {
        drop(tag, reason: reason)
    }

    /// Routes what the codec produced: messages wait for the pass's decision, upgrades happen now.
    mutating func take(_ arrivals: [Connection.Arrival], from tag: UInt64, now: Micros) {
        for arrival in arrivals {
            switch arrival {
            case .message(let bytes, let stamp):
                pass.messages.append((stamp, tag, bytes))
            case .lineTooLong(let limit):
                let language = connections[tag]?.session.language ?? .chinese
                let text = ProtocolErrorCode.lineTooLong.message(language, detail: "\(limit)")
                pass.replies.append((tag, [EncodedServerMessage(.error(.lineTooLong, message: text))], true))
            case .request(let head):
                let route = HTTPRoute(head, echoEnabled: options.conformanceEcho)
                guard route == .webSocket || route == .echo else {
                    pass.requests.append((tag, route))
                    continue
                }
                switch WebSocketHandshake.respond(to: head) {
                case .failure(let error):
                    connections[tag]?.send(error.response)
                    connections[tag]?.closeAfterFlush(now: now)
                case .success(let response):
                    connections[tag]?.send(response)
                    var more: [Connection.Arrival] = []
                    connections[tag]?.upgrade(echo: route == .echo, now: now, into: &more)
                    take(more, from: tag, now: now)
                }
            }
        }
    }
}
