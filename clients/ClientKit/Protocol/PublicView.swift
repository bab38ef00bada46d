/// What the hall may see, as the server sends it in `welcome` and `state` (docs/protocol.md §2.1).
///
/// Every field the server may leave out is optional here and unknown fields are ignored, so a
/// newer server never breaks an older client on the day.
public struct PublicView: Sendable, Hashable, Decodable {
    public var title: String
    public var stage: String
    public var segment: SegmentSummary?
    public var paused: Bool
    public var turn: Int?
    public var question: QuestionCard?
    public var previous: QuestionCard?
    public var deadline: Int64?
    /// Microseconds left when the server made the view; the client counts down from its own receipt.
    public var remaining: Int64?
    public var buzzes: [BuzzLine]
    public var answering: Int?
    /// Whether a buzz counts now, in which round, and who is out; nil outside an open buzz question.
    public var buzzers: Buzzers?
    public var outcome: JSONValue?
    public var riskTier: Int?
    public var riskTiers: [Int]?
    public var essayScoresIn: Int?
    public var scoreboard: [Standing]
    public var awards: Awards?

    public struct SegmentSummary: Sendable, Hashable, Decodable {
        public var index: Int
        public var title: String
        public var kind: String

        public init(index: Int, title: String, kind: String) {
            (self.index, self.title, self.kind) = (index, title, kind)
        }
    }

    public struct QuestionCard: Sendable, Hashable, Decodable {
        public var id: String
        public var type: String
        public var stem: String
        public var options: [String]
        public var answer: String?
        public var explanation: String?

        public init(
            id: String, type: String, stem: String, options: [String] = [], answer: String? = nil,
            explanation: String? = nil
        ) {
            (self.id, self.type, self.stem, self.options) = (id, type, stem, options)
            (self.answer, self.explanation) = (answer, explanation)
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            type = try c.decodeIfPresent(String.self, forKey: .type) ?? "single"
            stem = try c.decodeIfPresent(String.self, forKey: .stem) ?? ""
            options = try c.decodeIfPresent([String].self, forKey: .options) ?? []
            answer = try c.decodeIfPresent(String.self, forKey: .answer)
            explanation = try c.decodeIfPresent(String.self, forKey: .explanation)
        }

        private enum CodingKeys: String, CodingKey { case id, type, stem, options, answer, explanation }
    }

    public struct BuzzLine: Sendable, Hashable, Decodable {
        public var team: Int
        public var name: String
        public var seat: Int
        public var falseStart: Bool
        public var marginText: String
        /// The arming the buzz belongs to: a re-opened question starts round 2.
        public var round: Int

        public init(
            team: Int, name: String, seat: Int = 1, falseStart: Bool = false, marginText: String, round: Int = 1
        ) {
            (self.team, self.name, self.seat, self.falseStart, self.marginText) =
                (team, name, seat, falseStart, marginText)
            self.round = round
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            team = try c.decode(Int.self, forKey: .team)
            name = try c.decodeIfPresent(String.self, forKey: .name) ?? "第\(team)队"
            seat = try c.decodeIfPresent(Int.self, forKey: .seat) ?? 1
            falseStart = try c.decodeIfPresent(Bool.self, forKey: .falseStart) ?? false
            marginText = try c.decodeIfPresent(String.self, forKey: .marginText) ?? ""
            round = try c.decodeIfPresent(Int.self, forKey: .round) ?? 1
        }

        private enum CodingKeys: String, CodingKey { case team, name, seat, falseStart, marginText, round }
    }

    public struct Buzzers: Sendable, Hashable, Decodable {
        /// 0 until the host arms the buzzers; a press then is a false start.
        public var round: Int
        /// Armed and nobody holds the answer: a press now competes.
        public var open: Bool
        /// Teams out of this question: a false start or a wrong answer.
        public var out: [Int]

        public init(round: Int, open: Bool, out: [Int] = []) {
            (self.round, self.open, self.out) = (round, open, out)
        }
    }

    public struct Standing: Sendable, Hashable, Decodable {
        public var team: Int
        public var name: String
        public var unit: String?
        public var total: Double
        public var rank: Int
        public var tied: Bool

        public init(team: Int, name: String, unit: String? = nil, total: Double, rank: Int, tied: Bool = false) {
            (self.team, self.name, self.unit, self.total, self.rank, self.tied) = (team, name, unit, total, rank, tied)
        }
    }

    public struct Awards: Sendable, Hashable, Decodable {
        public var lines: [AwardLine]
        public var tiesToBreak: [[Int]]?
    }

    public struct AwardLine: Sendable, Hashable, Decodable {
        public var team: Int
        public var award: String?
        public var awaitingTieBreak: Bool?
    }

    public init(title: String, stage: String = "notStarted", scoreboard: [Standing] = []) {
        self.title = title
        self.stage = stage
        self.paused = false
        self.buzzes = []
        self.scoreboard = scoreboard
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        stage = try c.decodeIfPresent(String.self, forKey: .stage) ?? "notStarted"
        segment = try c.decodeIfPresent(SegmentSummary.self, forKey: .segment)
        paused = try c.decodeIfPresent(Bool.self, forKey: .paused) ?? false
        turn = try c.decodeIfPresent(Int.self, forKey: .turn)
        question = try c.decodeIfPresent(QuestionCard.self, forKey: .question)
        previous = try c.decodeIfPresent(QuestionCard.self, forKey: .previous)
        deadline = try c.decodeIfPresent(Int64.self, forKey: .deadline)
        remaining = try c.decodeIfPresent(Int64.self, forKey: .remaining)
        buzzes = try c.decodeIfPresent([BuzzLine].self, forKey: .buzzes) ?? []
        answering = try c.decodeIfPresent(Int.self, forKey: .answering)
        buzzers = try c.decodeIfPresent(Buzzers.self, forKey: .buzzers)
        outcome = try c.decodeIfPresent(JSONValue.self, forKey: .outcome)
        riskTier = try c.decodeIfPresent(Int.self, forKey: .riskTier)
        riskTiers = try c.decodeIfPresent([Int].self, forKey: .riskTiers)
        essayScoresIn = try c.decodeIfPresent(Int.self, forKey: .essayScoresIn)
        scoreboard = try c.decodeIfPresent([Standing].self, forKey: .scoreboard) ?? []
        awards = try c.decodeIfPresent(Awards.self, forKey: .awards)
    }

    private enum CodingKeys: String, CodingKey {
        case title, stage, segment, paused, turn, question, previous, deadline, remaining, buzzes, answering, outcome
        case buzzers, riskTier, riskTiers, essayScoresIn, scoreboard, awards
    }

    /// The team's display name, from the scoreboard; `第N队` for a team the board does not list.
    public func name(of team: Int) -> String {
        standing(of: team)?.name ?? "第\(team)队"
    }

    /// The team's line of the scoreboard.
    public func standing(of team: Int) -> Standing? {
        scoreboard.first { $0.team == team }
    }

    /// The team that won the buzz and holds the right to answer, or nil.
    public var buzzWinner: BuzzLine? {
        answering.flatMap { team in buzzes.last { $0.team == team && !$0.falseStart } }
    }
}
