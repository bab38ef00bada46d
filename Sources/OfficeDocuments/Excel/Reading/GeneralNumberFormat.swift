/// A number cell's stored value (`v`) as Excel's General format displays it, with full precision.
///
/// Excel stores doubles as text (`1`, `2.5`, `1E-3`, `0.30000000000000004`); the text is parsed and
/// written again as the shortest decimal that reads back to the same double, without scientific
/// notation unless the number needs more than 21 integer digits or 10 leading zeros.
enum GeneralNumberFormat {
    static func text(_ stored: String) -> String {
        guard let value = Double(stored), value.isFinite else { return stored }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let description = abs(value).description
        let parts = description.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        var digits = Array(mantissa.filter { $0 != "." })
        var point =
            (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
                ?? mantissa.count) + exponent
        while digits.first == "0" && digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" && digits.count > 1 { digits.removeLast() }
        let sign = value < 0 ? "-" : ""
        let all = String(digits)
        if point > 21 || point < -9 {
            let rest = digits.count > 1 ? "." + String(digits.dropFirst()) : ""
            let power = point - 1
            let magnitude = String(abs(power))
            return sign + String(digits[0]) + rest + "E" + (power < 0 ? "-" : "+")
                + (magnitude.count < 2 ? "0" + magnitude : magnitude)
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + all }
        if point >= digits.count { return sign + all + String(repeating: "0", count: point - digits.count) }
        return sign + String(digits[..<point]) + "." + String(digits[point...])
    }
}
