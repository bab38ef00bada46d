/// Whether the loaded questions can play each segment, checked before the hall relies on them.
///
/// A segment needs as many questions as its rules can ask for without a void: its `questionCount`
/// (buzz-in, tie-break), one per team (essay, and the first question of every speed turn), a full
/// relay for every team, one per team at every risk tier. Each segment is held against the whole
/// bank on its own; segments whose filters overlap share those questions, so this is the least
/// the bank must hold, not a promise that every segment gets all it could use.
///
/// Some of these are certain (every speed turn starts with a question, a buzz segment asks its
/// `questionCount`, every team writes an essay): falling short of them refuses the start. Others
/// are the worst case (every relay swept, every team at every risk tier, a tie-break that never
/// ends): falling short of them is a warning, since the day may well never need them, and only a
/// part with no question at all refuses.
///
/// ```
/// BankCoverage.shortfalls(of: config, in: questions)
/// // ["第2环节「抢答题」：符合抽题条件（题型 单选题）的题只有 3 道，至少需要 10 道（questionCount） (…)"]
/// ```
public enum BankCoverage {
    /// A part of a segment the questions may not be enough for.
    public struct Shortfall: Sendable, Hashable {
        /// What it lacks, in both languages.
        public var line: String
        /// Whether the segment cannot be played as configured (refuse), rather than may run short (warn).
        public var blocking: Bool
    }

    /// One shortfall per segment (or risk tier) that the questions may not be enough for.
    public static func shortfalls(of config: ContestConfig, in questions: [Question]) -> [Shortfall] {
        let pool = QuestionPool(questions).questions
        var lines: [Shortfall] = []
        for (index, segment) in config.segments.enumerated() {
            for need in needs(of: segment, config: config) {
                let have = pool.count(where: need.filter.matches)
                guard have < need.count else { continue }
                let (zh, en) = describe(need.filter)
                let line =
                    "第\(index + 1)环节「\(segment.title)」：\(need.place.zh)符合抽题条件（\(zh)）的题只有 \(have) 道，"
                    + "至少需要 \(need.count) 道（\(need.reason.zh)） (segment \(index + 1) “\(segment.title)”: "
                    + "\(have) loaded questions match \(need.place.en)its draw filter (\(en)); it needs at least "
                    + "\(need.count): \(need.reason.en))"
                lines.append(Shortfall(line: line, blocking: !need.worstCase || have == 0))
            }
        }
        return lines
    }

    /// What one part of a segment draws from and how many questions it can ask for.
    private struct Need {
        var filter: DrawFilter
        var count: Int
        var reason: (zh: String, en: String)
        var place: (zh: String, en: String) = ("", "")
        /// The most the rules could ask for, not what they surely will.
        var worstCase = false
    }

    private static func needs(of segment: SegmentConfig, config: ContestConfig) -> [Need] {
        let filter = segment.effectiveDraw
        let teams = config.teams.count
        switch segment.rules {
        case .speed:
            return [Need(filter: filter, count: teams, reason: ("每队一轮至少一道", "one for every team's turn"))]
        case .buzz(let rules), .tieBreak(let rules):
            return [
                Need(
                    filter: filter, count: rules.questionCount, reason: ("questionCount", "its questionCount"),
                    worstCase: segment.kind == .tieBreak)
            ]
        case .relay(let rules):
            let length = config.teams.reduce(0) { $0 + $1.seats.count * max(1, rules.laps) }
            return [
                Need(
                    filter: filter, count: length, reason: ("每队接力一整轮", "a full relay for every team"), worstCase: true)
            ]
        case .essay:
            return [Need(filter: filter, count: teams, reason: ("每队一道", "one per team"))]
        case .risk(let rules):
            return rules.tiers.map { tier in
                Need(
                    filter: filter.restricted(toDifficulty: tier.difficulty), count: teams,
                    reason: ("每队一道", "one per team"),
                    place: ("分值档 \(tier.value)：", "the \(tier.value)-point tier of "), worstCase: true)
            }
        }
    }

    /// The filter in words: `题型 单选题、多选题；难度 2` and `types single, multiple; difficulties 2`.
    private static func describe(_ filter: DrawFilter) -> (String, String) {
        var zh = ["题型 " + filter.types.map(\.chineseName).joined(separator: "、")]
        var en = ["types " + filter.types.map(\.rawValue).joined(separator: ", ")]
        if !filter.categories.isEmpty {
            zh.append("分类 " + filter.categories.joined(separator: "、"))
            en.append("categories " + filter.categories.joined(separator: ", "))
        }
        if !filter.difficulties.isEmpty {
            zh.append("难度 " + filter.difficulties.map(String.init).joined(separator: "、"))
            en.append("difficulties " + filter.difficulties.map(String.init).joined(separator: ", "))
        }
        return (zh.joined(separator: "；"), en.joined(separator: "; "))
    }
}
