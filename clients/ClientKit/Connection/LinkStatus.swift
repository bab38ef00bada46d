/// Whether the console can reach the server, shown on every screen so nobody plays blind.
public enum LinkStatus: Sendable, Hashable {
    /// Dialling, or waiting for the upgrade and `welcome`.
    case connecting
    case online
    /// Down; the next attempt is due at `retryAt` (monotonic µs), `reason` says what happened.
    case offline(reason: String, retryAt: Int64)
    /// The server refused us for good (a wrong token): retrying would not help.
    case refused(reason: String)
}
