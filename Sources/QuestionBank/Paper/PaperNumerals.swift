/// Chinese numerals as sections are numbered: `一` … `九十九`.
public enum PaperNumerals {
    /// The value of the numeral at `index` (up to 99), and where it ends.
    static func value(_ text: PaperText, at index: Int) -> (value: Int, end: Int)? {
        var end = index
        var tens = 0
        var units = 0
        var sawTen = false
        while end < text.count, end - index < 4 {
            let scalar = text[end]
            if scalar == "十" {
                guard !sawTen else { return nil }
                tens = units == 0 ? 1 : units
                units = 0
                sawTen = true
            } else if let digit = digits[scalar] {
                guard units == 0 else { return nil }
                units = digit
            } else {
                break
            }
            end += 1
        }
        let value = tens * 10 + units
        return end > index && value > 0 ? (value, end) : nil
    }

    /// `1` → `一`, `12` → `十二`, `20` → `二十`, as the writer numbers sections.
    public static func text(for number: Int) -> String {
        let names = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard number > 0 && number < 100 else { return String(number) }
        let tens = number / 10
        let units = number % 10
        let tensText = tens == 0 ? "" : (tens == 1 ? "" : names[tens]) + "十"
        return tensText + names[units]
    }

    private static let digits: [Unicode.Scalar: Int] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
}
