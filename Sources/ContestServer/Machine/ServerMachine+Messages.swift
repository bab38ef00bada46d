import ContestCore
import ContestProtocol
import Wire

extension ServerMachine {
    /// Decodes and decides one client message; its answers wait in the pass until the sync.
    mutating func decide(_ bytes: [UInt8], stamp: Micros, tag: UInt64) {
        guard var session = connections[tag]?.session, let connection = connections[tag],
            connection.closing == nil || connection.peerDone
        else { return }
        let outcome: ContestHub.Outcome
        do throws(ProtocolDecodingError) {
            let message = try ClientMessage(jsonText: bytes)
            outcome = hub.receive(message, session: &session, at: stamp)
        } catch {
            outcome = hub.undecodable(error, session: session)
        }
        connections[tag]!.session = session
        if let entry = outcome.entry { record(entry) }
        if let line = outcome.log { effects.append(.log("\(connection.peer) \(line)")) }
        if let identity = session.identity, connection.introductionDeadline != nil {
            connections[tag]!.introductionDeadline = nil
            presenceChanged = true
            if identity != .screen { effects.append(.watchArrivals(tag)) }
        }
        pass.replies.append((tag, outcome.replies, outcome.close))
    }

    /// Sends answers to one connection, closing it afterwards when asked (a wrong token: 1008).
    mutating func deliver(_ messages: [ServerMessage], to tag: UInt64, close: Bool, now: Micros) {
        for message in messages {
            send(EncodedServerMessage(message), to: tag)
            guard connections[tag] != nil else { return }
        }
        if close { connections[tag]?.close(code: .policyViolation, reason: "refused", notice: nil, now: now) }
        markForWrite(tag)
    }

    /// The new state to everyone identified but the screens (those come in `stateToScreens`, once
    /// the officials' and teams' bytes are out): one encoding per view (the host's, each judge's,
    /// the public one), numbered per connection.
    mutating func stateToOfficialsAndTeams(now: Micros) {
        stateChanged = false
        var encoded: [Identity: EncodedServerMessage] = [:]
        let hub = self.hub
        queue(to: { $0 != .screen }) { audience in
            if let message = encoded[audience] { return message }
            let message = EncodedServerMessage(.state(hub.view(for: audience, at: now)))
            encoded[audience] = message
            return message
        }
        screensOwed = encoded[.screen] ?? EncodedServerMessage(.state(hub.view(for: .screen, at: now)))
    }

    /// The public state the officials and teams just got, to every screen.
    mutating func stateToScreens() {
        guard let message = screensOwed else { return }
        screensOwed = nil
        queue(to: { $0 == .screen }) { _ in message }
    }

    /// Queues `message(audience)` on every open connection whose identity `includes` accepts, in
    /// place, cutting the ones over their outbound limit.
    private mutating func queue(
        to includes: (Identity) -> Bool, _ message: (Identity) -> EncodedServerMessage
    ) {
        var tooSlow: [UInt64] = []
        var writes: [UInt64] = []
        connections.updateEach { connection in
            guard let identity = connection.session.identity, connection.closing == nil, includes(identity) else {
                return
            }
            let audience: Identity =
                switch identity {
                case .host, .judge: identity
                case .team, .screen: .screen
                }
            if !connection.send(message(audience)) {
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
            guard let identity = connection.session.identity else { return }
            if identity == .host && connection.closing == nil { hosts.append(connection.tag) }
            if identity == .screen {
                screens += 1
                return
            }
            var presence = Presence(
                role: identity.role, team: nil, seat: nil, judge: nil, peer: connection.peer,
                transport: connection.transportName)
            switch identity {
            case .team(let team, let seat): (presence.team, presence.seat) = (team, seat)
            case .judge(let number): presence.judge = number
            case .host, .screen: break
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
