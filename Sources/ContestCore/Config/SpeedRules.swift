/// 速答题: each team in turn answers its own stream of questions against a time budget.
public struct SpeedRules: Sendable, Hashable, Codable {
    public var budgetSeconds: Int = 60
    public var correctPoints: Int = 10
    public var wrongPoints: Int = 0
    public var allowSkip: Bool = true
    /// The most questions one team's stream may hold, so a fast team cannot empty the bank.
    public var maxQuestionsPerTeam: Int = 30

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        budgetSeconds = try c.value(.budgetSeconds, default: budgetSeconds)
        correctPoints = try c.value(.correctPoints, default: correctPoints)
        wrongPoints = try c.value(.wrongPoints, default: wrongPoints)
        allowSkip = try c.value(.allowSkip, default: allowSkip)
        maxQuestionsPerTeam = try c.value(.maxQuestionsPerTeam, default: maxQuestionsPerTeam)
    }
}

/// 抢答题 and 加赛: buzz after arming; the first valid buzz by kernel receive time answers.
public struct BuzzRules: Sendable, Hashable, Codable {
    /// Questions that count in the segment; voided ones are replaced.
    public var questionCount: Int = 10
    public var correctPoints: Int = 10
    public var wrongPoints: Int = -10
    /// Points for a buzz before arming (0 = lockout only, -5 if the organisers decide so).
    public var falseStartPoints: Int = 0
    /// Seconds after arming with no valid buzz before the question is void.
    public var buzzWindowSeconds: Int = 15
    /// Seconds from the winning buzz to the end of the answer.
    public var answerWindowSeconds: Int = 20
    /// After a wrong answer, re-arm for the teams that have not answered yet.
    public var reopenAfterWrong: Bool = true
    /// An answer window that runs out counts as a wrong answer.
    public var overtimeIsWrong: Bool = true

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        questionCount = try c.value(.questionCount, default: questionCount)
        correctPoints = try c.value(.correctPoints, default: correctPoints)
        wrongPoints = try c.value(.wrongPoints, default: wrongPoints)
        falseStartPoints = try c.value(.falseStartPoints, default: falseStartPoints)
        buzzWindowSeconds = try c.value(.buzzWindowSeconds, default: buzzWindowSeconds)
        answerWindowSeconds = try c.value(.answerWindowSeconds, default: answerWindowSeconds)
        reopenAfterWrong = try c.value(.reopenAfterWrong, default: reopenAfterWrong)
        overtimeIsWrong = try c.value(.overtimeIsWrong, default: overtimeIsWrong)
    }
}

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

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        budgetSeconds = try c.value(.budgetSeconds, default: budgetSeconds)
        correctPoints = try c.value(.correctPoints, default: correctPoints)
        wrongEndsRelay = try c.value(.wrongEndsRelay, default: wrongEndsRelay)
        sweepBonus = try c.value(.sweepBonus, default: sweepBonus)
        laps = try c.value(.laps, default: laps)
    }
}

/// One value tier of the risk segment and the difficulty its questions are drawn from.
public struct RiskTier: Sendable, Hashable, Codable {
    public var value: Int
    public var difficulty: Int

    public init(value: Int, difficulty: Int) {
        self.value = value
        self.difficulty = difficulty
    }
}

/// 进阶风险题: lowest score first, pick a tier, win or lose its value, climb or stop.
public struct RiskRules: Sendable, Hashable, Codable {
    public var tiers: [RiskTier] = [
        RiskTier(value: 10, difficulty: 1), RiskTier(value: 20, difficulty: 2), RiskTier(value: 30, difficulty: 3),
    ]
    public var answerWindowSeconds: Int = 30
    /// After a correct answer the team may climb to the next tier.
    public var allowClimb: Bool = true

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tiers = try c.value(.tiers, default: tiers)
        answerWindowSeconds = try c.value(.answerWindowSeconds, default: answerWindowSeconds)
        allowClimb = try c.value(.allowClimb, default: allowClimb)
    }
}

/// 论述题: every judge scores each team's essay; the team gets the (trimmed) mean.
public struct EssayRules: Sendable, Hashable, Codable {
    public var maxScore: Int = 20
    public var answerSeconds: Int = 180
    /// From this many judges on, drop one highest and one lowest score.
    public var trimFromJudges: Int = 5

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        maxScore = try c.value(.maxScore, default: maxScore)
        answerSeconds = try c.value(.answerSeconds, default: answerSeconds)
        trimFromJudges = try c.value(.trimFromJudges, default: trimFromJudges)
    }
}

extension KeyedDecodingContainer {
    /// A configuration key that may be left out of the contest file, taking its documented default.
    func value<T: Decodable>(_ key: Key, default fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}
