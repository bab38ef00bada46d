/// 接力答题: players answer in seat order against one shared budget.
public struct RelayRules: Sendable, Hashable, Codable {
    public var budgetSeconds: Int = 90
    public var correctPoints: Int = 10
    /// A wrong answer ends the relay; when false the baton passes on anyway.
    public var wrongEndsRelay: Bool = true
    /// Extra points when every question of the relay is answered correctly.
    public var sweepBonus: Int = 20
    /// How many times the baton goes round the seats.
    public var laps: Int = 1

    /// Seconds after the budget runs out in which a spoken answer given in time can still be ruled.
    public var graceSeconds: Int = 3

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case budgetSeconds, correctPoints, wrongEndsRelay, sweepBonus, laps, graceSeconds
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        graceSeconds = try c.value(.graceSeconds, default: graceSeconds)
        budgetSeconds = try c.value(.budgetSeconds, default: budgetSeconds)
        correctPoints = try c.value(.correctPoints, default: correctPoints)
        wrongEndsRelay = try c.value(.wrongEndsRelay, default: wrongEndsRelay)
        sweepBonus = try c.value(.sweepBonus, default: sweepBonus)
        laps = try c.value(.laps, default: laps)
    }
}
