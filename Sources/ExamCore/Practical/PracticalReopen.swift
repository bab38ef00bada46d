import ContestCore

/// One reopened sheet in the record: who unlocked whose sheet for which contestant, when and why.
public struct PracticalReopen: Codable, Sendable, Hashable {
    public var chief: Int
    public var judge: Int
    public var contestant: String
    public var reason: String
    public var at: Micros

    public init(chief: Int, judge: Int, contestant: String, reason: String, at: Micros) {
        (self.chief, self.judge, self.contestant, self.reason, self.at) = (chief, judge, contestant, reason, at)
    }
}
