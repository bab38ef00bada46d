import ContestCore
import ContestProtocol

/// Why the server could not start listening, in words an organiser can act on.
public enum ServerError: Error, Sendable, Hashable {
    case listen(host: String, port: Int, reason: String)
    case system(operation: String, reason: String)

    public func message(_ language: Language = .chinese) -> String {
        switch self {
        case .listen(let host, let port, let reason):
            return language == .chinese
                ? "无法在 \(host):\(port) 上监听（\(reason)）。端口可能已被占用，可用 --port 换一个端口。"
                : "Cannot listen on \(host):\(port) (\(reason)). The port may be in use; choose another with --port."
        case .system(let operation, let reason):
            return language == .chinese ? "\(operation) 失败（\(reason)）" : "\(operation) failed (\(reason))"
        }
    }
}
