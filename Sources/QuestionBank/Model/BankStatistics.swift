import ContestCore

/// Counts of a bank's questions by type, difficulty and category, to see at a glance whether a
/// bank can feed every segment of the final (enough hard questions for the risk round, and so on).
public struct BankStatistics: Sendable, Hashable {
    public var total: Int
    public var byType: [QuestionType: Int]
    public var byDifficulty: [Int: Int]
    public var byCategory: [String: Int]

    public init(_ questions: [Question]) {
        total = questions.count
        byType = [:]
        byDifficulty = [:]
        byCategory = [:]
        for question in questions {
            byType[question.type, default: 0] += 1
            byDifficulty[question.difficulty, default: 0] += 1
            byCategory[question.category, default: 0] += 1
        }
    }

    /// A few lines of plain text, categories by count then name so the output is stable.
    public func report(_ language: Language) -> String {
        let zh = language == .chinese
        var lines = [zh ? "题目总数：\(total)" : "questions: \(total)"]
        let types = QuestionType.allCases.map { type in
            "\(zh ? type.chineseName : type.englishName) \(byType[type] ?? 0)"
        }
        lines.append((zh ? "题型：" : "types: ") + types.joined(separator: zh ? "，" : ", "))
        let names = zh ? ["", "易", "中", "难"] : ["", "easy", "medium", "hard"]
        let tiers = (1...3).map { "\(names[$0]) \(byDifficulty[$0] ?? 0)" }
        lines.append((zh ? "难度：" : "difficulty: ") + tiers.joined(separator: zh ? "，" : ", "))
        let categories = byCategory.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }
        let unnamed = zh ? "（未分类）" : "(none)"
        let categoryText = categories.map { "\($0.key.isEmpty ? unnamed : $0.key) \($0.value)" }
        lines.append((zh ? "分类：" : "categories: ") + categoryText.joined(separator: zh ? "，" : ", "))
        return lines.joined(separator: "\n")
    }
}
