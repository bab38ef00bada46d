import ContestCore
import ContestProtocol
import Wire

extension ServerMachine {
    /// Answers a plain GET and closes.
    mutating func answer(_ route: HTTPRoute, tag: UInt64, now: Micros, journalDigest: () -> String) {
        guard connections[tag] != nil else { return }
        let notFound = HTTPResponseHead.plainText(status: .notFound, body: "404 未找到 Not Found\n")
        let response: [UInt8]
        switch route {
        case .file(let name):
            response = site.file(name).map { Self.response(body: $0.body, contentType: $0.contentType) } ?? notFound
        case .state:
            response = Self.response(
                body: publicStateJSON(now: now, journalDigest: journalDigest()),
                contentType: "application/json; charset=utf-8")
        case .results:
            var headers = HTTPHeaders()
            headers.add(name: "Content-Disposition", value: "attachment; filename=\"results.csv\"")
            response = Self.response(
                body: ResultsTable.csv(hub.state), contentType: "text/csv; charset=utf-8", extraHeaders: headers)
        case .webSocket, .echo:
            response = []
        case .notFound:
            response = notFound
        }
        connections[tag]!.send(response)
        connections[tag]!.closeAfterFlush(now: now)
        markForWrite(tag)
    }

    /// `/api/state`: the public view, how many commands the journal holds, and the SHA-1 of the
    /// journal's bytes, so anyone can check that a restart came back to the same contest. Nothing
    /// here grows with the contest's history: the digest is kept as records are appended.
    func publicStateJSON(now: Micros, journalDigest: String) -> [UInt8] {
        var json = JSONWriter()
        json.object { fields in
            fields.field("protocolVersion", ProtocolVersion.current)
            fields.field("view", PublicView(hub.state, now: now))
            fields.field("entries", journalEntries)
            fields.field("digest", journalDigest)
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
