/// An HTTP status code with its reason phrase, for the few responses the server writes itself.
public struct HTTPStatus: Sendable, Hashable, CustomStringConvertible {
    public var code: Int
    public var reasonPhrase: String

    public init(code: Int, reasonPhrase: String) {
        self.code = code
        self.reasonPhrase = reasonPhrase
    }

    public static let switchingProtocols = Self(code: 101, reasonPhrase: "Switching Protocols")
    public static let ok = Self(code: 200, reasonPhrase: "OK")
    public static let badRequest = Self(code: 400, reasonPhrase: "Bad Request")
    public static let notFound = Self(code: 404, reasonPhrase: "Not Found")
    public static let methodNotAllowed = Self(code: 405, reasonPhrase: "Method Not Allowed")
    public static let uriTooLong = Self(code: 414, reasonPhrase: "URI Too Long")
    public static let upgradeRequired = Self(code: 426, reasonPhrase: "Upgrade Required")
    public static let requestHeaderFieldsTooLarge = Self(code: 431, reasonPhrase: "Request Header Fields Too Large")
    public static let httpVersionNotSupported = Self(code: 505, reasonPhrase: "HTTP Version Not Supported")

    /// `404 Not Found`, as in a status line.
    public var description: String { "\(code) \(reasonPhrase)" }
}
