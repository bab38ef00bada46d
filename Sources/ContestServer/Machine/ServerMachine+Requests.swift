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
        case .home:
            response =
                site.file(site.home).map { Self.response(body: $0.body, contentType: $0.contentType) } ?? notFound
        case .state:
            response = Self.response(
                body: hub.publicState(at: now, journalEntries: journalEntries, journalDigest: journalDigest()),
                contentType: "application/json; charset=utf-8")
        case .results:
            var headers = HTTPHeaders()
            headers.add(name: "Content-Disposition", value: "attachment; filename=\"results.csv\"")
            response =
                hub.resultsCSV().map {
                    Self.response(body: $0, contentType: "text/csv; charset=utf-8", extraHeaders: headers)
                } ?? notFound
        case .webSocket, .echo:
            response = []
        case .notFound:
            response = notFound
        }
        connections[tag]!.send(response)
        connections[tag]!.closeAfterFlush(now: now)
        markForWrite(tag)
    }

    /// A 200 with `body`, never cached: the state and the results change from one second to the next.
    static func response(body: [UInt8], contentType: String, extraHeaders: HTTPHeaders = HTTPHeaders()) -> [UInt8] {
        var headers = extraHeaders
        headers.add(name: "Cache-Control", value: "no-store")
        return HTTPResponseHead.complete(status: .ok, body: body, contentType: contentType, headers: headers)
    }
}
