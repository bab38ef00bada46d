/// A calendar month, `2025-03`: the ledger's monthly ratings and pay are kept per month.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month) else { return nil }
        (self.year, self.month) = (year, month)
    }

    /// `2025-03`, `2025-3`, `2025.03`, `2025/03`, `2025年3月`, `202503`; nil for anything else.
    public init?(_ text: String) {
        let compact = text.filter { !$0.isWhitespace }
        if compact.count == 6, compact.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(compact) {
            self.init(year: value / 100, month: value % 100)
            return
        }
        let parts = compact.split(whereSeparator: { ".-/年月".contains($0) }).map(String.init)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
            compact.last.map({ $0.isNumber || $0 == "月" }) == true,
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The month a date falls in.
    public init(_ date: CalendarDate) {
        (year, month) = (date.year, date.month)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    public var description: String { "\(year)-\(CalendarDate.twoDigits(month))" }

    /// The month's last day: what "employed for a year by March" is measured to.
    public var lastDay: CalendarDate {
        var day = 31
        while CalendarDate(year: year, month: month, day: day) == nil { day -= 1 }
        return CalendarDate(year: year, month: month, day: day)!
    }

    /// The month after this one.
    public var next: YearMonth {
        month == 12 ? YearMonth(year: year + 1, month: 1)! : YearMonth(year: year, month: month + 1)!
    }
}
