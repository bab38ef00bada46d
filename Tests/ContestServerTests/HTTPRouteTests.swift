import Testing
import Wire

@testable import ContestServer

@Suite struct HTTPRouteTests {
    static func route(_ target: String, echo: Bool = false) -> HTTPRoute {
        HTTPRoute(
            HTTPRequestHead(method: "GET", target: target, version: .http1_1, headers: HTTPHeaders()), echoEnabled: echo
        )
    }

    static let table: [(String, HTTPRoute)] = [
        ("/", .home),
        ("/exam", .file("exam.html")),
        ("/exam/proctor", .file("proctor.html")),
        ("/exam/mark", .file("mark.html")),
        ("/practical?lang=en", .file("practical.html")),
        ("/exam/other", .notFound),
        ("/?lang=en", .home),
        ("/index.html", .file("index.html")),
        ("/app.js", .file("app.js")),
        ("/app.js?v=3", .file("app.js")),
        ("/style_2-dark.css", .file("style_2-dark.css")),
        ("/api/state", .state),
        ("/api/state?since=12", .state),
        ("/api/results.csv", .results),
        ("/api/results.csv?download=1", .results),
        ("/ws", .webSocket),
        ("/ws?token=K7MX3QPA2B", .webSocket),
        ("/api/state/", .notFound),
        ("/ws/", .notFound),
        ("/api", .file("api")),
        ("/../x", .notFound),
        ("/..", .notFound),
        ("/.", .notFound),
        ("/.hidden", .notFound),
        ("/.git?x=1", .notFound),
        ("/a/b", .notFound),
        ("/a/../index.html", .notFound),
        ("//etc/passwd", .notFound),
        ("/%2e%2e/x", .notFound),
        ("/..%2Fx", .notFound),
        ("/..\\x", .notFound),
        ("/a:b", .notFound),
        ("/é.js", .notFound),
        ("/?", .home),
        ("?x", .notFound),
    ]

    @Test(arguments: table)
    func aPathGoesToItsRouteWhetherOrNotEchoIsOn(target: String, expected: HTTPRoute) {
        #expect(Self.route(target, echo: false) == expected)
        #expect(Self.route(target, echo: true) == expected)
    }

    @Test(arguments: [("/echo", true, HTTPRoute.echo), ("/echo", false, .notFound), ("/echo?x", true, .echo)])
    func theEchoEndpointExistsOnlyWhenEnabled(target: String, echo: Bool, expected: HTTPRoute) {
        #expect(Self.route(target, echo: echo) == expected)
    }
}
