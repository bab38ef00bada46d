/// The host's and the judges' view: the public view plus the answer key and the ruling aids.
public struct HostView: Sendable, Hashable, Decodable {
    public var view: PublicView
    public var answerKey: String?
    public var explanation: String?
    /// The typed answer waiting for a ruling, as the core encodes a submission.
    public var pending: JSONValue?
    public var undoDepth: Int
    public var essayScores: [String: Double]
    public var recentScores: [ScoreEntry]
    /// The day's segments, for "start segment N" by name.
    public var segments: [PublicView.SegmentSummary]

    public struct ScoreEntry: Sendable, Hashable, Decodable {
        public var team: Int
        public var delta: Double
        public var reason: JSONValue?

        public init(team: Int, delta: Double, reason: JSONValue? = nil) {
            (self.team, self.delta, self.reason) = (team, delta, reason)
        }
    }

    public init(view: PublicView, answerKey: String? = nil, undoDepth: Int = 0) {
        self.view = view
        self.answerKey = answerKey
        self.undoDepth = undoDepth
        self.essayScores = [:]
        self.recentScores = []
        self.segments = []
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        view = try c.decode(PublicView.self, forKey: .view)
        answerKey = try c.decodeIfPresent(String.self, forKey: .answerKey)
        explanation = try c.decodeIfPresent(String.self, forKey: .explanation)
        pending = try c.decodeIfPresent(JSONValue.self, forKey: .pending)
        undoDepth = try c.decodeIfPresent(Int.self, forKey: .undoDepth) ?? 0
        essayScores = try c.decodeIfPresent([String: Double].self, forKey: .essayScores) ?? [:]
        recentScores = try c.decodeIfPresent([ScoreEntry].self, forKey: .recentScores) ?? []
        segments = try c.decodeIfPresent([PublicView.SegmentSummary].self, forKey: .segments) ?? []
    }

    private enum CodingKeys: String, CodingKey {
        case view, answerKey, explanation, pending, undoDepth, essayScores, recentScores, segments
    }
}
