import ContestCore
import ContestProtocol
import Wire

extension ServerMachine {
    /// Decodes and decides one client message; its answers wait in the pass until the sync.
    mutating func decide(_ bytes: [UInt8], stamp: Micros, tag: UInt64) {
        guard var session = connections[tag]?.session, let connection = connections[tag],
            connection.closing == nil || connection.peerDone
        else { return }
        let outcome = hub.receive(bytes, session: &session, at: stamp)
        connections[tag]!.session = session
        absorb(outcome)
        if let line = outcome.log { effects.append(.log("\(connection.peer) \(line)")) }
        if let identity = session.identity, connection.introductionDeadline != nil {
            connections[tag]!.introductionDeadline = nil
            presenceChanged = true
            hub.connection(of: identity, joined: true)
            if identity.needsArrivalStamps { effects.append(.watchArrivals(tag)) }
        }
        pass.replies.append((tag, outcome.replies, outcome.close))
    }

    /// Sends answers to one connection, closing it afterwards when asked (a wrong token: 1008).
    mutating func deliver(_ messages: [EncodedServerMessage], to tag: UInt64, close: Bool, now: Micros) {
        for message in messages {
            send(message, to: tag)
            guard connections[tag] != nil else { return }
        }
        if close { connections[tag]?.close(code: .policyViolation, reason: "refused", notice: nil, now: now) }
        markForWrite(tag)
    }

    /// The new state to everyone identified but the crowd (that comes in `stateToScreens`, once the
    /// officials' and teams' bytes are out): one encoding per audience the hub names (the host's,
    /// each judge's, the public one), numbered per connection.
    mutating func stateToOfficialsAndTeams(now: Micros) {
        stateChanged = false
        var encoded: [Identity: EncodedServerMessage] = [:]
        let hub = self.hub
        queue(to: { !$0.isCrowd }) { identity in
            guard let audience = hub.stateAudience(of: identity) else { return nil }
            if let message = encoded[audience] { return message }
            guard let message = hub.stateMessage(for: audience, at: now) else { return nil }
            encoded[audience] = message
            return message
        }
        screensOwed = hub.stateAudience(of: .screen).flatMap { encoded[$0] ?? hub.stateMessage(for: $0, at: now) }
    }

    /// The public state the officials and teams just got, to every screen.
    mutating func stateToScreens() {
        guard let message = screensOwed else { return }
        screensOwed = nil
        queue(to: \.isCrowd) { _ in message }
    }

    /// The hub's notices, each to every open connection of its identity, in one pass over the connections.
    mutating func deliver(_ notices: [HubNotice]) {
        guard !notices.isEmpty else { return }
        var byIdentity: [Identity: [EncodedServerMessage]] = [:]
        for notice in notices { byIdentity[notice.to, default: []].append(notice.message) }
        queueEach { connection in
            guard let identity = connection.session.identity, let messages = byIdentity[identity] else { return nil }
            return messages.allSatisfy { connection.send($0) }
        }
    }

    /// Queues `message(identity)` on every open connection whose identity `includes` accepts (nil:
    /// nothing for it), in place, cutting the ones over their outbound limit.
    private mutating func queue(
        to includes: (Identity) -> Bool, _ message: (Identity) -> EncodedServerMessage?
    ) {
        queueEach { connection in
            guard let identity = connection.session.identity, includes(identity), let encoded = message(identity) else {
                return nil
            }
            return connection.send(encoded)
        }
    }

    /// Lets `send` queue bytes on each open connection in place: nil when it sent nothing, false when
    /// the connection went over its outbound limit (it is cut), true when it is to be written.
    private mutating func queueEach(_ send: (inout Connection) -> Bool?) {
        var tooSlow: [UInt64] = []
        var writes: [UInt64] = []
        connections.updateEach { connection in
            guard connection.closing == nil, let sent = send(&connection) else { return }
            if !sent {
                tooSlow.append(connection.tag)
            } else if !connection.queuedForWrite {
                connection.queuedForWrite = true
                writes.append(connection.tag)
            }
        }
        writeList += writes
        for tag in tooSlow { drop(tag, reason: "too slow: outbound buffer over \(options.outboundLimit) bytes") }
    }

    /// Who is connected, to the host consoles: officials and teams by name, screens by count.
    ///
    /// Its size depends on the officials and teams only, so a crowd of screens joining costs each
    /// host a few bytes per batch rather than the whole crowd per join.
    mutating func broadcastPresence() {
        presenceChanged = false
        var hosts: [UInt64] = []
        var screens = 0
        var clients: [Presence] = []
        connections.forEach { connection in
            guard let identity = connection.session.identity, let role = identity.role else { return }
            if identity == .host && connection.closing == nil { hosts.append(connection.tag) }
            if identity == .screen {
                screens += 1
                return
            }
            var presence = Presence(
                role: role, team: nil, seat: nil, judge: nil, peer: connection.peer,
                transport: connection.transportName)
            switch identity {
            case .team(let team, let seat): (presence.team, presence.seat) = (team, seat)
            case .judge(let number): presence.judge = number
            default: break
            }
            clients.append(presence)
        }
        guard !hosts.isEmpty else { return }
        clients.sort {
            ($0.role.rawValue, $0.team?.number ?? 0, $0.seat ?? 0, $0.peer) < (
                $1.role.rawValue, $1.team?.number ?? 0, $1.seat ?? 0, $1.peer
            )
        }
        let message = EncodedServerMessage(.presence(clients, screens: screens))
        for host in hosts { send(message, to: host) }
    }
}
