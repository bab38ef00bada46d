import Wire

/// Where a GET request goes; the one table of the server's URLs.
///
///     GET /                  → the audience page (clients/web/index.html); in exam mode the candidate page
///     GET /exam              → the candidate page (exam.html); /exam/proctor, /exam/mark, /practical
///                              the proctors', markers' and practical judges' pages
///     GET /app.js, /x.css    → other files of the page
///     GET /api/state         → the public state as JSON
///     GET /api/results.csv   → the results for Excel
///     GET /ws                → WebSocket upgrade (contest protocol)
///     GET /echo              → WebSocket echo, only with --conformance-echo
public enum HTTPRoute: Sendable, Hashable {
    /// `/`: the site's home page (`StaticSite.home`).
    case home
    case file(String)
    case state
    case results
    case webSocket
    case echo
    case notFound

    public init(_ head: HTTPRequestHead, echoEnabled: Bool) {
        let path = String(head.path)
        switch path {
        case "/": self = .home
        case "/exam": self = .file("exam.html")
        case "/exam/proctor": self = .file("proctor.html")
        case "/exam/mark": self = .file("mark.html")
        case "/practical": self = .file("practical.html")
        case "/api/state": self = .state
        case "/api/results.csv": self = .results
        case "/ws": self = .webSocket
        case "/echo": self = echoEnabled ? .echo : .notFound
        default:
            let name = path.dropFirst()
            let safe = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
            self = safe && !name.hasPrefix(".") && !name.isEmpty ? .file(String(name)) : .notFound
        }
    }
}
