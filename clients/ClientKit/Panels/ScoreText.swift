/// Points and seconds as the consoles print them.
public enum ScoreText {
    /// `10`, `17.67`, `-2.5`: exact to 0.01 as the server keeps them, no trailing zeros.
    public static func points(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        guard fraction != 0 else { return sign + String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return "\(sign)\(whole).\(digits)"
    }

    /// `+10`, `-2.5`, `±0` for a change.
    public static func signed(_ value: Double) -> String {
        let text = points(value)
        return text == "0" ? "±0" : (value > 0 ? "+" + text : text)
    }

    /// Whole seconds left, rounded up so "0" means the time is really over.
    public static func seconds(_ micros: Int64) -> Int {
        micros <= 0 ? 0 : Int((micros + 999_999) / 1_000_000)
    }
}
