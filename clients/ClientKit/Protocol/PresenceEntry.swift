/// One connected client, as the host console lists them.
public struct PresenceEntry: Sendable, Hashable, Decodable {
    public var role: String
    public var team: Int?
    public var seat: Int?
    public var judge: Int?
    public var peer: String?
    public var transport: String?

    public init(role: String, team: Int? = nil, seat: Int? = nil, judge: Int? = nil, peer: String? = nil) {
        (self.role, self.team, self.seat, self.judge, self.peer) = (role, team, seat, judge, peer)
    }
}
