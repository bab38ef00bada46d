/// The request line and header fields of an HTTP/1.x request: all the server needs of a GET.
public struct HTTPRequestHead: Sendable, Hashable {
    /// Always `GET` here, since the parser refuses other methods with 405.
    public var method: String
    /// The request target in origin form, such as `/scores.json?round=2`.
    public var target: String
    public var version: HTTPVersion
    public var headers: HTTPHeaders

    public init(method: String, target: String, version: HTTPVersion, headers: HTTPHeaders) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
    }

    /// The target without its query, such as `/scores.json`.
    public var path: Substring { target.prefix { $0 != "?" } }

    /// The text after the first `?`, or `nil` when the target has none.
    public var query: Substring? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        return target[target.index(after: mark)...]
    }
}

/// An HTTP version such as 1.1; only major version 1 is spoken here.
public struct HTTPVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(major: Int, minor: Int) {
        self.major = major
        self.minor = minor
    }

    public static let http1_0 = Self(major: 1, minor: 0)
    public static let http1_1 = Self(major: 1, minor: 1)

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.major, lhs.minor) < (rhs.major, rhs.minor) }

    /// `HTTP/1.1`, as on the request line.
    public var description: String { "HTTP/\(major).\(minor)" }
}
