/// 技术等级 as a national vocational level, 5 (初级工) down to 1 (高级技师), or none.
///
/// A higher level has a smaller number: the 泗阳 rules accept 四级 (中级工) or higher, that is, 4 or less.
public enum SkillLevel: Sendable, Hashable {
    case none
    case level(Int)

    public init?(_ text: String) {
        let compact = text.filter { !$0.isWhitespace }
        if ["", "无", "暂无", "没有", "/", "-"].contains(compact) {
            self = .none
            return
        }
        let names: [(String, Int)] = [
            ("高级技师", 1), ("一级", 1), ("1级", 1), ("技师", 2), ("二级", 2), ("2级", 2),
            ("高级工", 3), ("高级", 3), ("三级", 3), ("3级", 3), ("中级工", 4), ("中级", 4), ("四级", 4), ("4级", 4),
            ("初级工", 5), ("初级", 5), ("五级", 5), ("5级", 5),
        ]
        guard let match = names.first(where: { compact.contains($0.0) }) else { return nil }
        self = .level(match.1)
    }

    /// This level or a higher one: 四级 for `isAtLeast(4)` is met by 四级, 三级 … 一级.
    public func isAtLeast(_ level: Int) -> Bool {
        if case .level(let number) = self { return number <= level }
        return false
    }

    /// `四级（中级工）`, as messages name a level.
    public static func name(of level: Int) -> String {
        let names = ["一级（高级技师）", "二级（技师）", "三级（高级工）", "四级（中级工）", "五级（初级工）"]
        return (1...5).contains(level) ? names[level - 1] : "\(level)级"
    }
}

/// A number of years as forms write it: `3`, `1.5`, `3年`, `2 年`.
enum Years {
    static func parse(_ text: String) -> Double? {
        var number = text.filter { !$0.isWhitespace }
        if number.hasSuffix("年") { number.removeLast() }
        guard let value = Double(number), value >= 0, value < 100 else { return nil }
        return value
    }

    /// `1`, `1.5`: a whole number of years without its `.0`.
    static func text(_ years: Double) -> String {
        years == years.rounded() ? "\(Int(years))" : "\(years)"
    }
}
