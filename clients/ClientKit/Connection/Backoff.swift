/// How long to wait before the next reconnect attempt: 0.5 s doubling to 5 s.
///
/// Short enough that a team whose cable was pulled for a moment is back before the next question,
/// long enough that 8 clients retrying a stopped server do not flood its log.
public struct Backoff: Sendable, Hashable {
    public static let first: Int64 = 500_000
    public static let limit: Int64 = 5_000_000

    public private(set) var attempts = 0

    public init() {}

    /// The delay before the next attempt, in microseconds, counting this failure.
    public mutating func nextDelay() -> Int64 {
        defer { attempts += 1 }
        return min(Self.limit, Self.first << min(attempts, 8))
    }

    /// A connection made it to `welcome`: the next outage starts again from 0.5 s.
    public mutating func reset() { attempts = 0 }
}
