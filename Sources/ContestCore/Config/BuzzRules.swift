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

    enum CodingKeys: String, CodingKey, CaseIterable {
        case questionCount, correctPoints, wrongPoints, falseStartPoints, buzzWindowSeconds, answerWindowSeconds,
            reopenAfterWrong, overtimeIsWrong
    }

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
