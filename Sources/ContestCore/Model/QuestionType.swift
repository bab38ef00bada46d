/// The six question types of the preliminary and final rounds.
///
/// The raw values are the spellings used by the canonical JSON bank format, so a bank file and
/// the journal name a type the same way.
public enum QuestionType: String, Sendable, Hashable, Codable, CaseIterable {
    case single
    case multiple
    case trueFalse = "truefalse"
    case fill
    case short
    case essay

    /// Whether an answer typed on a team client can be graded without a judge.
    public var isObjective: Bool {
        switch self {
        case .single, .multiple, .trueFalse, .fill: true
        case .short, .essay: false
        }
    }

    /// The Chinese name organisers use in their banks and on screen.
    public var chineseName: String {
        switch self {
        case .single: "单选题"
        case .multiple: "多选题"
        case .trueFalse: "判断题"
        case .fill: "填空题"
        case .short: "简答题"
        case .essay: "论述题"
        }
    }
}
