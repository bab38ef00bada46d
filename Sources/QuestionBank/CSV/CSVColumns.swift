import ContestCore

/// What a CSV column holds, decided from its header cell.
enum CSVColumn: Sendable, Hashable {
    case field(BankField)
    /// Option A is 0, … H is 7.
    case option(Int)
}

/// Maps header cells, in Chinese or English and in the variants organisers write, to columns.
///
/// Headers are matched after folding case, full-width letters, spaces, dashes and asterisks (the
/// "required" marker of many templates), so `选项 A`, `选项Ａ`, `*题干` and `Option A` all match.
enum CSVColumns {
    static func column(for header: String) -> CSVColumn? {
        let key = Spellings.normalizedKey(header)
        if let field = fieldNames[key] { return .field(field) }
        for prefix in ["选项", "option", ""] where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count)
            guard rest.count == 1, let character = rest.first else { continue }
            if let index = OptionLetter.index(of: character) { return .option(index) }
            if !prefix.isEmpty, let digit = character.wholeNumberValue,
                (1...OptionLetter.maximumOptions).contains(digit)
            {
                return .option(digit - 1)
            }
        }
        return nil
    }

    /// The header row the writer emits, in the given language, with as many option columns as needed.
    static func headers(optionCount: Int, language: Language) -> [String] {
        let options = (0..<optionCount).map { index in
            let letter = OptionLetter.letter(for: index)
            return language == .chinese ? "选项\(letter)" : "option \(letter)"
        }
        let before: [BankField] = [.id, .type, .stem]
        let after: [BankField] = [.answer, .category, .difficulty, .points, .explanation, .source]
        return before.map { $0.name(language) } + options + after.map { $0.name(language) }
    }

    private static let fieldNames: [String: BankField] = {
        let spellings: [(BankField, [String])] = [
            (.id, ["编号", "题号", "试题编号", "题目编号", "序号", "id", "no", "number"]),
            (.type, ["题型", "题目类型", "试题类型", "类型", "type", "questiontype"]),
            (.stem, ["题干", "题目", "试题", "题目内容", "试题内容", "题干内容", "stem", "question"]),
            (.options, ["选项", "备选项", "选项内容", "备选答案", "options", "choices"]),
            (.answer, ["答案", "正确答案", "参考答案", "标准答案", "answer", "key"]),
            (.category, ["分类", "类别", "知识点", "题目分类", "专题", "章节", "category", "topic"]),
            (
                .difficulty,
                ["难度", "难度等级", "难易度", "难易程度", "分档", "等级", "difficulty", "tier", "level"]
            ),
            (.points, ["分值", "分数", "points", "score"]),
            (.explanation, ["解析", "答案解析", "试题解析", "题目解析", "explanation", "analysis"]),
            (.source, ["来源", "出处", "题目来源", "source"]),
        ]
        var names: [String: BankField] = [:]
        for (field, words) in spellings {
            for word in words { names[word] = field }
        }
        return names
    }()
}
