import Foundation

/// Where the server is, from `--server HOST:PORT` as the banner prints it.
public struct ServerAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: UInt16

    public static let defaultPort: UInt16 = 7700

    public init(host: String, port: UInt16 = defaultPort) {
        (self.host, self.port) = (host, port)
    }

    /// Reads `HOST:PORT`, `HOST` (port 7700), `[v6]:PORT`, or a pasted `ws://HOST:PORT/ws` or
    /// `http://HOST:PORT/` URL; nil for anything else.
    public init?(parsing text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        for scheme in ["ws://", "http://"] where rest.hasPrefix(scheme) { rest = rest.dropFirst(scheme.count) }
        if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
        var host = rest
        var port = Self.defaultPort
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":"), let value = UInt16(after.dropFirst()) else { return nil }
                port = value
            }
        } else if let colon = rest.lastIndex(of: ":") {
            guard rest.firstIndex(of: ":") == colon, let value = UInt16(rest[rest.index(after: colon)...]) else {
                return nil
            }
            host = rest[..<colon]
            port = value
        }
        guard !host.isEmpty, port != 0 else { return nil }
        self.init(host: String(host), port: port)
    }

    /// The value for the `Host` header and for messages.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
