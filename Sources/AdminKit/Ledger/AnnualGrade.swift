import ContestCore

/// A clerk's grade for the year (年度考核等次), from the best to none at all.
public enum AnnualGrade: Sendable, Hashable, CaseIterable {
    case excellent
    case competent
    case basic
    case incompetent
    /// No month of the year rated (all blank or 暂缓), or a cell to put right first.
    case unrated

    /// 优秀, 称职, 基本称职, 不称职, 未评定: as the CSV writes it, whatever `--lang`.
    public var chinese: String {
        switch self {
        case .excellent: "优秀"
        case .competent: "称职"
        case .basic: "基本称职"
        case .incompetent: "不称职"
        case .unrated: "未评定"
        }
    }

    public func name(_ language: Language) -> String {
        guard language == .english else { return chinese }
        let english =
            switch self {
            case .excellent: "excellent"
            case .competent: "competent"
            case .basic: "basically competent"
            case .incompetent: "incompetent"
            case .unrated: "not graded"
            }
        return "\(english) (\(chinese))"
    }
}
