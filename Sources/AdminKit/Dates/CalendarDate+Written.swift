extension CalendarDate {
    /// A date cell as forms and Excel give it, so a certificate's 取证时间 reads however it was typed.
    ///
    /// Whole dates (`2020-06-15`, `2020.6.15`, `2020/06/15`, `2020年6月15日`, `20200615`), months
    /// (`2020.06`, `2020年6月`, `202006`, taken as the month's first day) and Excel date serials
    /// (`43997`, a date-formatted cell as the workbook stores it).
    public init?(written text: String) {
        let characters = Array(text.filter { !$0.isWhitespace })
        guard !characters.isEmpty else { return nil }
        if characters.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let value = Int(String(characters)) ?? 0
            switch characters.count {
            case 8: self.init(year: value / 10_000, month: value / 100 % 100, day: value % 100)
            case 6: self.init(year: value / 100, month: value % 100, day: 1)
            case 1...5: self.init(excelSerial: value)
            default: return nil
            }
            return
        }
        var groups: [String] = [""]
        for character in characters {
            if character.isASCII && character.isNumber {
                groups[groups.count - 1].append(character)
            } else if ".-/年月日".contains(character) {
                if !groups[groups.count - 1].isEmpty { groups.append("") }
            } else {
                return nil
            }
        }
        let numbers = groups.filter { !$0.isEmpty }.compactMap { Int($0) }
        guard (2...3).contains(numbers.count), groups[0].count == 4 else { return nil }
        if numbers.count == 2, numbers[0] >= 10_000 { return nil }
        self.init(year: numbers[0], month: numbers[1], day: numbers.count == 3 ? numbers[2] : 1)
    }

    /// Whole months from `self` to `later`, a month counted once its day is reached; negative when earlier.
    public func months(until later: CalendarDate) -> Int {
        let months = (later.year - year) * 12 + later.month - month
        return later.day >= day ? months : months - 1
    }

    /// Years from `self` to `later` in whole months, as twelfths: 3 years and 11 months is 3.9166….
    public func years(until later: CalendarDate) -> Double { Double(months(until: later)) / 12 }
}
