/// A score as the marking sheet writes it (`87`, `87.5`, `87.25`), held in hundredths so equal scores compare equal.
///
/// Binary floating point makes `0.1 + 0.2 != 0.3`; a tie decided by such a rounding would hand
/// out a prize by accident, so scores are whole numbers of hundredths and compared exactly.
public struct Score: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }

    /// Reads `87`, `87.5` or `87.25`; nil for text, a negative number, or more than two decimals.
    ///
    /// A workbook's number cell may arrive as `87.299999999999997` (how Excel stores 87.3); a value
    /// within a millionth of a hundredth is read as that hundredth.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 7,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let whole = Int(parts[0])
        else { return nil }
        let decimals = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2 && decimals.isEmpty { return nil }
        if decimals.count <= 2 {
            let padded = decimals + String(repeating: "0", count: 2 - decimals.count)
            hundredths = whole * 100 + (Int(padded) ?? 0)
            return
        }
        guard let value = Double(text) else { return nil }
        let rounded = (value * 100).rounded()
        guard abs(value * 100 - rounded) < 1e-6 else { return nil }
        hundredths = Int(rounded)
    }

    public static func < (lhs: Score, rhs: Score) -> Bool { lhs.hundredths < rhs.hundredths }

    /// `87`, `87.5`, `87.25`: as few decimals as the value needs.
    public var description: String {
        let cents = hundredths % 100
        if cents == 0 { return "\(hundredths / 100)" }
        return cents % 10 == 0
            ? "\(hundredths / 100).\(cents / 10)" : "\(hundredths / 100).\(CalendarDate.twoDigits(cents))"
    }

    /// `87.50`: always two decimals, for a weighted total.
    public var twoDecimals: String { "\(hundredths / 100).\(CalendarDate.twoDigits(hundredths % 100))" }
}
