import ContestCore

/// The fields of a question, named as a bank's columns and keys name them.
///
/// Diagnostics about a missing column or a mistyped key name the field the organiser wrote,
/// in the organiser's language.
public enum BankField: String, Sendable, Hashable, CaseIterable {
    case id, type, stem, options, answer, category, difficulty, points, explanation, source

    /// The Chinese column header the CSV writer uses.
    public var chineseName: String {
        switch self {
        case .id: "编号"
        case .type: "题型"
        case .stem: "题干"
        case .options: "选项"
        case .answer: "答案"
        case .category: "分类"
        case .difficulty: "难度"
        case .points: "分值"
        case .explanation: "解析"
        case .source: "来源"
        }
    }

    /// The English column header, which is also the canonical JSON key.
    public var englishName: String { rawValue }

    /// A distinct bit per field, to spot a key given twice without allocating a set per question.
    var bit: UInt16 {
        switch self {
        case .id: 1 << 0
        case .type: 1 << 1
        case .stem: 1 << 2
        case .options: 1 << 3
        case .answer: 1 << 4
        case .category: 1 << 5
        case .difficulty: 1 << 6
        case .points: 1 << 7
        case .explanation: 1 << 8
        case .source: 1 << 9
        }
    }

    func name(_ language: Language) -> String {
        switch language {
        case .chinese: chineseName
        case .english: englishName
        }
    }
}

/// What kind of JSON value a key needs, for "must be a …" diagnostics.
public enum ExpectedValue: String, Sendable, Hashable {
    case string, integer, boolean, object, array, stringArray
    /// A question's answer: a letter string, a boolean or a list, depending on its type.
    case answer

    func name(_ language: Language) -> String {
        switch (self, language) {
        case (.string, .chinese): "字符串"
        case (.integer, .chinese): "整数"
        case (.boolean, .chinese): "true 或 false"
        case (.object, .chinese): "对象 {…}"
        case (.array, .chinese): "数组 […]"
        case (.stringArray, .chinese): "字符串数组"
        case (.answer, .chinese): "字符串、true/false 或字符串数组"
        case (.string, .english): "a string"
        case (.integer, .english): "an integer"
        case (.boolean, .english): "true or false"
        case (.object, .english): "an object {…}"
        case (.array, .english): "an array […]"
        case (.stringArray, .english): "an array of strings"
        case (.answer, .english): "a string, true/false or an array of strings"
        }
    }
}
