/// 职称 as its rank: 初级 (助理, 员级), 中级, 高级 (副高, 正高), or none.
///
/// The level-3 conditions accept a junior title or higher; titles are written many ways
/// (`助理工程师`, `中级经济师`, `副高`), so the rank is read from the words that carry it.
public enum ProfessionalTitle: Int, Sendable, Hashable, Comparable {
    case none, junior, intermediate, senior

    /// The rank a cell names, or nil for text that names none.
    public init?(_ text: String) {
        let compact = text.filter { !$0.isWhitespace }
        if ["", "无", "暂无", "没有", "/", "-"].contains(compact) {
            self = .none
            return
        }
        if ["正高", "副高", "高级", "教授", "研究员"].contains(where: compact.contains) && !compact.contains("助理") {
            self = .senior
        } else if compact.contains("中级") {
            self = .intermediate
        } else if ["初级", "助理", "员级"].contains(where: compact.contains) || compact.hasSuffix("员") {
            self = .junior
        } else if compact.hasSuffix("师") {
            self = .intermediate
        } else {
            return nil
        }
    }

    /// The rules file's name for a condition's lowest rank: 初级, 中级, 高级.
    public init?(ruleName: String) {
        switch ruleName {
        case "初级": self = .junior
        case "中级": self = .intermediate
        case "高级": self = .senior
        default: return nil
        }
    }

    public static func < (lhs: ProfessionalTitle, rhs: ProfessionalTitle) -> Bool { lhs.rawValue < rhs.rawValue }

    func name(_ zh: Bool) -> String {
        switch self {
        case .none: zh ? "无职称" : "no title"
        case .junior: zh ? "初级" : "junior (初级)"
        case .intermediate: zh ? "中级" : "intermediate (中级)"
        case .senior: zh ? "高级" : "senior (高级)"
        }
    }
}
