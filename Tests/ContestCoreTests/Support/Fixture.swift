@testable import ContestCore

/// Small, predictable contests for the tests: 8 teams of 3, 5 judges, a generated bank.
enum Fixture {
    /// For every type and difficulty, `perKind` questions; choice answers cycle through the options.
    static func bank(perKind: Int = 12) -> [Question] {
        var questions: [Question] = []
        for type in QuestionType.allCases {
            for difficulty in 1...3 {
                for number in 0..<perKind {
                    let id = "\(type.rawValue)-\(difficulty)-\(number)"
                    questions.append(question(id: id, type: type, difficulty: difficulty, variant: number))
                }
            }
        }
        return questions
    }

    static func question(id: String, type: QuestionType, difficulty: Int, variant: Int) -> Question {
        let options = ["甲", "乙", "丙", "丁"]
        switch type {
        case .single:
            return Question(
                id: id, type: type, stem: "单选\(id)", options: options, answer: .choices([variant % 4]),
                difficulty: difficulty)
        case .multiple:
            return Question(
                id: id, type: type, stem: "多选\(id)", options: options, answer: .choices([0, 1 + variant % 3]),
                difficulty: difficulty)
        case .trueFalse:
            return Question(
                id: id, type: type, stem: "判断\(id)", answer: .truth(variant % 2 == 0), difficulty: difficulty)
        case .fill:
            return Question(
                id: id, type: type, stem: "填空\(id)（  ）", answer: .accepted(["答案\(variant)", "ans\(variant)"]),
                difficulty: difficulty)
        case .short:
            return Question(id: id, type: type, stem: "简答\(id)", answer: .reference("要点"), difficulty: difficulty)
        case .essay:
            return Question(id: id, type: type, stem: "论述\(id)", answer: .reference("评分要点"), difficulty: difficulty)
        }
    }

    static let teams: [TeamConfig] = (1...8).map { number in
        TeamConfig(
            id: TeamID(number), name: "第\(number)队", unit: "示例县政务服务中心\(number)",
            players: (1...3).map { PlayerConfig(seat: $0, name: "选手\(number)-\($0)") })
    }

    static let judges: [JudgeConfig] = (1...5).map { JudgeConfig(number: $0, name: "裁判\($0)") }

    /// One segment of each kind, in the order of a typical final.
    static let allSegments: [SegmentConfig] = [
        SegmentConfig(rules: .speed(SpeedRules()), draw: DrawFilter(types: [.single, .trueFalse, .fill])),
        SegmentConfig(rules: .buzz(BuzzRules()), draw: DrawFilter(types: [.single, .short])),
        SegmentConfig(rules: .relay(RelayRules()), draw: DrawFilter(types: [.single, .trueFalse])),
        SegmentConfig(rules: .risk(RiskRules()), draw: DrawFilter(types: [.short])),
        SegmentConfig(rules: .essay(EssayRules()), draw: DrawFilter(types: [.essay])),
        SegmentConfig(rules: .tieBreak(BuzzRules()), draw: DrawFilter(types: [.single])),
    ]

    static func config(segments: [SegmentConfig] = allSegments, seed: UInt64 = 2024) -> ContestConfig {
        ContestConfig(title: "测试决赛", seed: seed, teams: teams, judges: judges, segments: segments)
    }

    static func contest(_ segments: [SegmentConfig] = allSegments, seed: UInt64 = 2024) -> ContestState {
        ContestState(config: config(segments: segments, seed: seed), bank: bank())
    }

    static func one(_ rules: SegmentRules, draw: DrawFilter = .any) -> [SegmentConfig] {
        [SegmentConfig(rules: rules, draw: draw)]
    }
}

/// Seconds as contest time, for readable test scripts.
func s(_ seconds: Double) -> Micros { Micros(seconds * 1_000_000) }
