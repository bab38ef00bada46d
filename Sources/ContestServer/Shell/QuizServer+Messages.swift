import CQuizSys
import ContestCore
import ContestProtocol
import Wire

extension QuizServer {
    /// Decodes and decides one client message; its answers wait in the pass until the sync.
    func decide(_ bytes: [UInt8], stamp: Micros, tag: UInt64, pass: inout Pass) {
        guard let connection = connections[tag], connection.closing == nil || connection.peerDone else { return }
        let outcome: ContestHub.Outcome
        do throws(ProtocolDecodingError) {
            let message = try ClientMessage(jsonText: bytes)
            outcome = hub.receive(message, session: &connection.session, at: stamp)
        } catch {
            outcome = hub.undecodable(error, session: connection.session)
        }
        if let entry = outcome.entry { record(entry) }
        if let line = outcome.log { log("\(connection.peer) \(line)") }
        if let identity = connection.session.identity, connection.introductionDeadline != nil {
            connection.introductionDeadline = nil
            presenceChanged = true
            if identity != .screen { watchArrivals(of: connection) }
        }
        pass.replies.append((tag, outcome.replies, outcome.close))
    }

    /// Sends answers to one connection, closing it afterwards when asked (a wrong token: 1008).
    func deliver(_ messages: [ServerMessage], to tag: UInt64, close: Bool, pass: inout Pass) {
        guard let connection = connections[tag] else { return }
        for message in messages where !connection.send(EncodedServerMessage(message)) {
            drop(connection, reason: "too slow: outbound buffer over \(options.outboundLimit) bytes")
            return
        }
        if close {
            connection.close(code: .policyViolation, reason: "refused", notice: nil, now: cqs_now_micros())
        }
        pass.dirty.insert(tag)
    }

    /// The new state to everyone identified: one encoding per view (the host's, each judge's, the
    /// public one), numbered per connection.
    func broadcastState(now: Micros, pass: inout Pass) {
        stateChanged = false
        var encoded: [Identity: EncodedServerMessage] = [:]
        for connection in Array(connections.values) {
            guard let identity = connection.session.identity, connection.closing == nil else { continue }
            let audience: Identity =
                switch identity {
                case .host, .judge: identity
                case .team, .screen: .screen
                }
            let message =
                encoded[audience]
                ?? {
                    let message = EncodedServerMessage(.state(hub.view(for: audience, at: now)))
                    encoded[audience] = message
                    return message
                }()
            guard connection.send(message) else {
                drop(connection, reason: "too slow: outbound buffer over \(options.outboundLimit) bytes")
                continue
            }
            pass.dirty.insert(connection.tag)
        }
    }

    /// Who is connected, to the host consoles: officials and teams by name, screens by count.
    ///
    /// Its size depends on the officials and teams only, so a crowd of screens joining costs each
    /// host a few bytes per batch rather than the whole crowd per join.
    func broadcastPresence(pass: inout Pass) {
        presenceChanged = false
        let hosts = connections.values.filter { $0.session.identity == .host && $0.closing == nil }
        guard !hosts.isEmpty else { return }
        var screens = 0
        let clients = connections.values.compactMap { connection -> Presence? in
            guard let identity = connection.session.identity else { return nil }
            if identity == .screen {
                screens += 1
                return nil
            }
            var presence = Presence(
                role: identity.role, team: nil, seat: nil, judge: nil, peer: connection.peer,
                transport: connection.transportName)
            switch identity {
            case .team(let team, let seat): (presence.team, presence.seat) = (team, seat)
            case .judge(let number): presence.judge = number
            case .host, .screen: break
            }
            return presence
        }
        .sorted {
            ($0.role.rawValue, $0.team?.number ?? 0, $0.seat ?? 0, $0.peer) < (
                $1.role.rawValue, $1.team?.number ?? 0, $1.seat ?? 0, $1.peer
            )
        }
        let message = EncodedServerMessage(.presence(clients, screens: screens))
        for host in hosts where host.send(message) { pass.dirty.insert(host.tag) }
    }

    /// Answers a plain GET and closes.
    func answer(_ route: HTTPRoute, tag: UInt64, now: Micros, pass: inout Pass) {
        guard let connection = connections[tag] else { return }
        let notFound = HTTPResponseHead.plainText(status: .notFound, body: "404 未找到 Not Found\n")
        switch route {
        case .file(let name):
            connection.send(
                site.file(name).map { Self.response(body: $0.body, contentType: $0.contentType) } ?? notFound)
        case .state:
            connection.send(
                Self.response(body: publicStateJSON(now: now), contentType: "application/json; charset=utf-8"))
        case .results:
            var headers = HTTPHeaders()
            headers.add(name: "Content-Disposition", value: "attachment; filename=\"results.csv\"")
            connection.send(
                Self.response(
                    body: ResultsTable.csv(hub.state), contentType: "text/csv; charset=utf-8", extraHeaders: headers))
        case .webSocket, .echo:
            break
        case .notFound:
            connection.send(notFound)
        }
        connection.closeAfterFlush(now: now)
        pass.dirty.insert(tag)
    }

    /// `/api/state`: the public view, how many commands the journal holds, and the SHA-1 of the
    /// journal's bytes, so anyone can check that a restart came back to the same contest. Nothing
    /// here grows with the contest's history: the digest is kept as records are appended.
    func publicStateJSON(now: Micros) -> [UInt8] {
        var json = JSONWriter()
        json.object { fields in
            fields.field("protocolVersion", ProtocolVersion.current)
            fields.field("view", PublicView(hub.state, now: now))
            fields.field("entries", journalEntries)
            fields.field("digest", journal.digest)
        }
        return json.bytes
    }

    /// A 200 with `body`, never cached: the state and the results change from one second to the next.
    static func response(body: [UInt8], contentType: String, extraHeaders: HTTPHeaders = HTTPHeaders()) -> [UInt8] {
        var headers = extraHeaders
        headers.add(name: "Cache-Control", value: "no-store")
        return HTTPResponseHead.complete(status: .ok, body: body, contentType: contentType, headers: headers)
    }
}
