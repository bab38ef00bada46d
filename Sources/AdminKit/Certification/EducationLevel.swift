/// 文化程度 in the order the standard's conditions compare it: a 大专 condition accepts 本科 too.
///
/// 中职 covers 中专, 职高 and 技工学校; 大专 covers 高职 and the 高级技工学校 and 技师学院 that the
/// level-3 conditions name beside it. 高中 ranks below 中职 because the conditions ask for a
/// vocational diploma there.
public enum EducationLevel: Int, Sendable, Hashable, Comparable {
    case belowHighSchool, highSchool, secondaryVocational, college, bachelor, postgraduate

    /// The level a cell names, or nil for text that names none (`很高`).
    public init?(_ text: String) {
        let compact = text.filter { !$0.isWhitespace }.lowercased()
        let names: [(String, EducationLevel)] = [
            ("博士", .postgraduate), ("硕士", .postgraduate), ("研究生", .postgraduate), ("本科", .bachelor),
            ("学士", .bachelor), ("高级技工", .college), ("技师学院", .college), ("大专", .college),
            ("专科", .college), ("高职", .college), ("大学", .bachelor), ("中等职业", .secondaryVocational),
            ("中专", .secondaryVocational), ("中职", .secondaryVocational),
            ("职高", .secondaryVocational), ("技工", .secondaryVocational), ("技校", .secondaryVocational),
            ("中技", .secondaryVocational), ("高中", .highSchool), ("初中", .belowHighSchool), ("小学", .belowHighSchool),
        ]
        guard let match = names.first(where: { compact.contains($0.0) }) else { return nil }
        self = match.1
    }

    /// The rules file's name for a condition's lowest level: 中职, 大专, 本科, 研究生.
    public init?(ruleName: String) {
        guard let level = Self.allRuleNames.first(where: { $0.1 == ruleName })?.0 else { return nil }
        self = level
    }

    static let allRuleNames: [(EducationLevel, String)] = [
        (.highSchool, "高中"), (.secondaryVocational, "中职"), (.college, "大专"), (.bachelor, "本科"),
        (.postgraduate, "研究生"),
    ]

    public static func < (lhs: EducationLevel, rhs: EducationLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// How a condition names the level: `大专`, `college (大专)`.
    func name(_ zh: Bool) -> String {
        let chinese =
            switch self {
            case .belowHighSchool: "初中"
            case .highSchool: "高中"
            case .secondaryVocational: "中职/技工学校"
            case .college: "大专/高职"
            case .bachelor: "本科"
            case .postgraduate: "研究生"
            }
        guard !zh else { return chinese }
        let english =
            switch self {
            case .belowHighSchool: "junior school"
            case .highSchool: "senior high school"
            case .secondaryVocational: "secondary vocational"
            case .college: "college"
            case .bachelor: "bachelor's"
            case .postgraduate: "postgraduate"
            }
        return "\(english) (\(chinese))"
    }
}
