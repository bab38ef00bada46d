/// The buzzers of the buzz question on screen, so a team knows whether a press now counts.
///
/// A buzz before arming is a false start, and after a wrong answer the buzzers re-arm for a new
/// round in which earlier buzzes no longer count; neither can be told from the buzz list alone.
public struct BuzzerStatus: Sendable, Hashable {
    /// How many times the buzzers were armed for this question: 0 until the host arms them, then
    /// 1 plus one for each re-opening after a wrong answer.
    public var round: Int
    /// Whether a buzz now competes for the answer: armed, and nobody holds the answer.
    public var open: Bool
    /// Teams that can no longer win this question (a false start or a wrong answer), in order.
    public var out: [TeamID]

    public init(round: Int, open: Bool, out: [TeamID]) {
        (self.round, self.open, self.out) = (round, open, out)
    }

    public init(_ question: BuzzQuestion) {
        round = question.round
        if case .armed = question.stage { open = true } else { open = false }
        out = question.lockedOut.union(question.answeredWrong).sorted()
    }
}
