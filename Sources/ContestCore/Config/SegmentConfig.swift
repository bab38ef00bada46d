/// One segment of the final in running order: its title, its rules and the questions it draws.
public struct SegmentConfig: Sendable, Hashable, Codable {
    public var title: String
    public var rules: SegmentRules
    public var draw: DrawFilter

    public init(title: String? = nil, rules: SegmentRules, draw: DrawFilter = .any) {
        self.title = title ?? rules.kind.chineseName
        self.rules = rules
        self.draw = draw
    }

    public var kind: SegmentKind { rules.kind }

    /// The filter a draw really uses: `draw`, with the kind's implied types when it names none, so
    /// an essay segment never shows a single-choice question as its essay.
    public var effectiveDraw: DrawFilter {
        guard draw.types.isEmpty else { return draw }
        var implied = draw
        implied.types = kind.impliedTypes
        return implied
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case kind, title, rules, draw }

    /// Reads `{"kind": "buzz", "title": …, "rules": {…}, "draw": {…}}`; every rule key may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(SegmentKind.self, forKey: .kind)
        let hasRules = c.contains(.rules)
        func rules<T: Decodable>(_ fallback: T) throws -> T {
            hasRules ? try c.decode(T.self, forKey: .rules) : fallback
        }
        switch kind {
        case .speed: self.rules = .speed(try rules(SpeedRules()))
        case .buzz: self.rules = .buzz(try rules(BuzzRules()))
        case .relay: self.rules = .relay(try rules(RelayRules()))
        case .risk: self.rules = .risk(try rules(RiskRules()))
        case .essay: self.rules = .essay(try rules(EssayRules()))
        case .tieBreak: self.rules = .tieBreak(try rules(BuzzRules()))
        }
        title = try c.value(.title, default: kind.chineseName)
        draw = try c.value(.draw, default: .any)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(draw, forKey: .draw)
        switch rules {
        case .speed(let rules): try c.encode(rules, forKey: .rules)
        case .buzz(let rules), .tieBreak(let rules): try c.encode(rules, forKey: .rules)
        case .relay(let rules): try c.encode(rules, forKey: .rules)
        case .risk(let rules): try c.encode(rules, forKey: .rules)
        case .essay(let rules): try c.encode(rules, forKey: .rules)
        }
    }
}

/// The six kinds of segment named in the organisers' notices.
public enum SegmentKind: String, Sendable, Hashable, Codable, CaseIterable {
    case speed, buzz, relay, risk, essay, tieBreak = "tiebreak"

    public var chineseName: String {
        switch self {
        case .speed: "速答题"
        case .buzz: "抢答题"
        case .relay: "接力答题"
        case .risk: "进阶风险题"
        case .essay: "论述题"
        case .tieBreak: "加赛"
        }
    }

    /// The question types drawn when the segment's filter names none: essays are marked by the
    /// judges' panel, which only the essay segment has, so the essay segment draws essays only and
    /// every other kind draws every type but essays.
    public var impliedTypes: [QuestionType] {
        switch self {
        case .essay: [.essay]
        case .speed, .buzz, .relay, .risk, .tieBreak: QuestionType.allCases.filter { $0 != .essay }
        }
    }

    public var englishName: String {
        switch self {
        case .speed: "Speed answer"
        case .buzz: "Buzz-in"
        case .relay: "Relay"
        case .risk: "Escalating risk"
        case .essay: "Essay"
        case .tieBreak: "Tie-break"
        }
    }
}

/// A segment's rules: every number is a configurable default from CONTEST.md.
public enum SegmentRules: Sendable, Hashable, Codable {
    case speed(SpeedRules)
    case buzz(BuzzRules)
    case relay(RelayRules)
    case risk(RiskRules)
    case essay(EssayRules)
    case tieBreak(BuzzRules)

    public var kind: SegmentKind {
        switch self {
        case .speed: .speed
        case .buzz: .buzz
        case .relay: .relay
        case .risk: .risk
        case .essay: .essay
        case .tieBreak: .tieBreak
        }
    }
}
