/// A team of the final: its number, name, unit and players by seat.
public struct TeamConfig: Sendable, Hashable, Codable {
    public var id: TeamID
    public var name: String
    /// The unit (单位) the team represents, shown under its name.
    public var unit: String
    /// Players in the order the contest file lists them (not by seat number): relay questions go to
    /// them in this order, and a team client that names no seat takes the first one's.
    public var players: [PlayerConfig]

    public init(id: TeamID, name: String, unit: String = "", players: [PlayerConfig] = []) {
        self.id = id
        self.name = name
        self.unit = unit
        self.players = players
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, unit, players
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(TeamID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        unit = try c.value(.unit, default: "")
        players = try c.value(.players, default: [])
    }

    /// Seats in relay order: the configured ones, or a single seat 1 for a team entered without players.
    public var seats: [Int] { players.isEmpty ? [1] : players.map(\.seat) }
}

/// One player at a team's desk.
public struct PlayerConfig: Sendable, Hashable, Codable {
    public var seat: Int
    public var name: String

    enum CodingKeys: String, CodingKey, CaseIterable { case seat, name }

    public init(seat: Int, name: String) {
        self.seat = seat
        self.name = name
    }
}

/// A judge on the panel, numbered from 1.
public struct JudgeConfig: Sendable, Hashable, Codable {
    public var number: Int
    public var name: String

    enum CodingKeys: String, CodingKey, CaseIterable { case number, name }

    public init(number: Int, name: String) {
        self.number = number
        self.name = name
    }
}

/// One award level and how many teams receive it.
public struct AwardTier: Sendable, Hashable, Codable {
    public var name: String
    public var count: Int

    enum CodingKeys: String, CodingKey, CaseIterable { case name, count }

    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }

    /// The final's team awards in 江阴 2021: first ×1, second ×2, third ×5.
    public static let teamDefaults = [
        AwardTier(name: "一等奖", count: 1), AwardTier(name: "二等奖", count: 2), AwardTier(name: "三等奖", count: 5),
    ]
}
