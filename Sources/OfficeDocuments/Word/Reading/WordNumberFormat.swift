/// Renders a list counter in one of Word's `w:numFmt` formats: 3 as "3", "C", "iii", "三", "丙", "③".
enum WordNumberFormat {
    static let chineseDigits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    static let heavenlyStems: [Character] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
    static let earthlyBranches: [Character] = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"]

    /// `value` in `format`; formats this reader does not know are shown as decimal numbers.
    static func render(_ value: Int, format: String) -> String {
        switch format {
        case "none", "bullet": return ""
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : "\(value)"
        case "upperLetter": return letters(value, base: "A")
        case "lowerLetter": return letters(value, base: "a")
        case "upperRoman": return roman(value)
        case "lowerRoman": return roman(value).lowercased()
        case "chineseCounting", "japaneseCounting", "taiwaneseCounting", "koreanCounting":
            return chinese(value, zero: "〇")
        case "chineseCountingThousand", "taiwaneseCountingThousand", "chineseLegalSimplified":
            return chinese(value, zero: "零")
        case "ideographTraditional": return cycle(value, heavenlyStems)
        case "ideographZodiac": return cycle(value, earthlyBranches)
        case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital":
            return value < 0 ? "\(value)" : String(String(value).map { chineseDigits[Int(String($0))!] })
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(value).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": return enclosed(value, first: 0x2460)
        case "decimalEnclosedParen": return enclosed(value, first: 0x2474)
        case "decimalEnclosedFullstop": return enclosed(value, first: 0x2488)
        case "ideographEnclosedCircle": return value >= 1 && value <= 10 ? scalar(0x3220 + value - 1) : "\(value)"
        default: return "\(value)"
        }
    }

    /// A, B, … Z, then AA, BB, … as Word repeats the letter.
    private static func letters(_ value: Int, base: Unicode.Scalar) -> String {
        guard value >= 1 else { return "\(value)" }
        let letter = scalar(Int(base.value) + (value - 1) % 26)
        return String(repeating: letter, count: min((value - 1) / 26 + 1, 100))
    }

    private static func roman(_ value: Int) -> String {
        guard value >= 1 && value < 4000 else { return "\(value)" }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var result = ""
        for (amount, numeral) in table {
            while rest >= amount {
                result += numeral
                rest -= amount
            }
        }
        return result
    }

    /// Chinese counting: 一, 十, 十一, 二十一, 一百〇五, 一万二千.
    private static func chinese(_ value: Int, zero: Character) -> String {
        guard value > 0 else { return value == 0 ? String(zero) : "\(value)" }
        if value >= 10_000 {
            let low = value % 10_000
            var result = (value / 10_000 < 10_000 ? chinese(value / 10_000, zero: zero) : "\(value / 10_000)") + "万"
            if low > 0 {
                if low < 1000 { result.append(zero) }
                result += chinese(low, zero: zero)
            }
            return result
        }
        let digits = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10]
        let units = ["千", "百", "十", ""]
        var result = ""
        var owesZero = false
        for (place, digit) in digits.enumerated() {
            guard digit > 0 else {
                owesZero = !result.isEmpty
                continue
            }
            if owesZero { result.append(zero) }
            owesZero = false
            if !(digit == 1 && place == 2 && result.isEmpty) { result.append(chineseDigits[digit]) }
            result += units[place]
        }
        return result
    }

    private static func cycle(_ value: Int, _ symbols: [Character]) -> String {
        guard value >= 1 else { return "\(value)" }
        return String(symbols[(value - 1) % symbols.count])
    }

    private static func enclosed(_ value: Int, first: Int) -> String {
        value >= 1 && value <= 20 ? scalar(first + value - 1) : "\(value)"
    }

    private static func scalar(_ value: Int) -> String {
        String(Character(Unicode.Scalar(UInt32(value))!))
    }
}
