/// Why a newline-delimited stream was refused.
public enum LineFramerError: Error, Sendable, Hashable {
    /// A line exceeded the limit before its line feed arrived.
    case lineTooLong(limit: Int)

    /// What went wrong, in a sentence for the log and the client.
    public var message: String {
        switch self {
        case .lineTooLong(let limit): "line longer than \(limit) bytes"
        }
    }
}
