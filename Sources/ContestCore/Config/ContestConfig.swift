/// Everything that defines one final before it starts: teams, judges, segments, awards and the seed.
///
/// The seed is part of the configuration so that the same file always draws the same questions.
public struct ContestConfig: Sendable, Hashable, Codable {
    public var title: String
    public var seed: UInt64
    public var teams: [TeamConfig]
    public var judges: [JudgeConfig]
    public var segments: [SegmentConfig]
    public var awards: [AwardTier]
    /// Question-bank files, relative to the contest file; the server loads them, the core never does.
    public var banks: [String]

    public init(
        title: String, seed: UInt64, teams: [TeamConfig], judges: [JudgeConfig], segments: [SegmentConfig],
        awards: [AwardTier] = AwardTier.teamDefaults, banks: [String] = []
    ) {
        self.title = title
        self.seed = seed
        self.teams = teams
        self.judges = judges
        self.segments = segments
        self.awards = awards
        self.banks = banks
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, seed, teams, judges, segments, awards, banks
    }

    /// Reads a contest file; judges default to none and awards to first ×1, second ×2, third ×5.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        seed = try c.decode(UInt64.self, forKey: .seed)
        teams = try c.decode([TeamConfig].self, forKey: .teams)
        judges = try c.value(.judges, default: [])
        segments = try c.decode([SegmentConfig].self, forKey: .segments)
        awards = try c.value(.awards, default: AwardTier.teamDefaults)
        banks = try c.value(.banks, default: [])
    }

    public func team(_ id: TeamID) -> TeamConfig? { teams.first { $0.id == id } }

    public var teamIDs: [TeamID] { teams.map(\.id) }

    /// Every reason this configuration cannot run, in plain words; empty when it can.
    public func problems() -> [String] {
        var problems: [String] = []
        if teams.count < 2 { problems.append("至少需要两支参赛队 (at least two teams)") }
        if Set(teams.map(\.id)).count != teams.count { problems.append("参赛队编号重复 (duplicate team number)") }
        for team in teams where Set(team.seats).count != team.seats.count {
            problems.append("\(team.name) 的座位号重复 (duplicate seat in team \(team.id))")
        }
        if Set(judges.map(\.number)).count != judges.count { problems.append("裁判编号重复 (duplicate judge number)") }
        if segments.isEmpty { problems.append("没有比赛环节 (no segments)") }
        for (index, segment) in segments.enumerated() {
            switch segment.rules {
            case .risk(let rules) where rules.tiers.isEmpty:
                problems.append("第\(index + 1)环节没有风险分值档 (segment \(index + 1) has no risk tiers)")
            case .essay where judges.isEmpty:
                problems.append("第\(index + 1)环节是论述题，但没有裁判 (segment \(index + 1) is an essay with no judges)")
            default:
                break
            }
        }
        if awards.contains(where: { $0.count < 0 }) { problems.append("获奖名额不能为负 (negative award count)") }
        return problems
    }
}
