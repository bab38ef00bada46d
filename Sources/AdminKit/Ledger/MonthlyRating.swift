/// One month's assessment of a clerk: 好, 一般 or 差, or none while under investigation.
///
/// A clerk under investigation (立案调查) has no rating that month; the cell says so (`暂缓`, `调查`,
/// `不定等次`) rather than staying blank, so a forgotten rating still shows as missing.
public enum MonthlyRating: Sendable, Hashable {
    case good
    case fair
    case poor
    case withheld

    /// The rating a cell names; nil for an empty cell or text that names none.
    public init?(_ text: String) {
        switch text.filter({ !$0.isWhitespace }).lowercased() {
        case "好", "good": self = .good
        case "一般", "fair", "average": self = .fair
        case "差", "poor": self = .poor
        case "暂缓", "调查", "立案调查", "不定等次", "不评", "withheld": self = .withheld
        default: return nil
        }
    }

    /// 好, 一般, 差, 暂缓: as the roster writes it.
    public var chinese: String {
        switch self {
        case .good: "好"
        case .fair: "一般"
        case .poor: "差"
        case .withheld: "暂缓"
        }
    }
}
