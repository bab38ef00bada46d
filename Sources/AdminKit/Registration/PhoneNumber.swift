/// Whether a 联系电话 cell is a number someone can ring: a mobile or a landline with its area code.
///
/// A landline without its area code (`8888888`) is the usual slip; the digits, with the dash and
/// spaces removed, are also what duplicates are found by.
public enum PhoneNumber {
    /// `13912345678`, `0527-8888888`, `052788888888`, `010-12345678`.
    public static func isValid(_ text: String) -> Bool {
        let characters = Array(text.filter { $0 != " " })
        guard characters.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "-" }) else { return false }
        let parts = String(characters).split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            let digits = Array(parts[0])
            if digits.first == "1" { return digits.count == 11 && ("3"..."9").contains(digits[1]) }
            return digits.first == "0" && (10...12).contains(digits.count)
        case 2:
            let area = parts[0]
            let local = parts[1]
            return area.first == "0" && (3...4).contains(area.count) && (7...8).contains(local.count)
                && local.first != "0"
        default:
            return false
        }
    }

    /// The digits alone, so `0527-8888888` and `05278888888` are the same number.
    public static func digits(_ text: String) -> String {
        text.filter { $0.isASCII && $0.isNumber }
    }
}
