import Foundation

/// One plain GET against the server, as a browser or `curl` would send it.
struct HTTPGet {
    var status: Int
    var head: String
    var body: [UInt8]

    init(port: Int, path: String) throws {
        let socket = try Socket(port: port)
        try socket.write(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
        let bytes = try socket.readToEnd()
        guard let end = WebSocketClient.headEnd(bytes) else { throw TestFailure("no response head") }
        head = String(decoding: bytes[..<end], as: UTF8.self)
        body = Array(bytes[end...])
        status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]) ?? [:]
    }

    /// `/api/state`'s digest and entry count: what must survive a crash exactly.
    static func stateFingerprint(port: Int) throws -> String {
        let state = try HTTPGet(port: port, path: "/api/state").json
        return "\(state["entries"] ?? "?") \(state["digest"] ?? "?")"
    }
}
