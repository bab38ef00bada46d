import ContestCore

/// The exam file's start time read without a clock or a locale: ISO 8601 with its offset, to UTC microseconds.
///
/// `2026-12-10T09:00:00+08:00` (or `…Z`, seconds optional) is the hall's wall clock with the offset that
/// makes it one instant; a time without an offset is refused, since a server abroad would read it differently.
/// Exam times are `Micros` since 1970-01-01T00:00:00Z, the server's real-time clock.
public enum ExamTime {
    /// The instant, or nil when the text is not a full date and time with an offset.
    public static func parse(_ text: String) -> Micros? {
        let characters = Array(text.trimmingSpaces)
        guard characters.count >= 17, characters[10] == "T" || characters[10] == " " else { return nil }
        guard let year = number(characters, 0, 4), characters[4] == "-", let month = number(characters, 5, 2),
            characters[7] == "-", let day = number(characters, 8, 2), let hour = number(characters, 11, 2),
            characters[13] == ":", let minute = number(characters, 14, 2)
        else { return nil }
        var index = 16
        var second = 0
        if index < characters.count, characters[index] == ":" {
            guard let value = number(characters, index + 1, 2) else { return nil }
            (second, index) = (value, index + 3)
        }
        guard let offset = offsetSeconds(characters[index...]) else { return nil }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), hour < 24, minute < 60,
            second < 60
        else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
        return Micros(seconds) * 1_000_000
    }

    /// The instant as Beijing's wall clock writes it, `2026-12-10T09:00:00+08:00`: what `parse` reads back.
    ///
    /// The data folder's copy of an exam file that opened "when the server started" fixes its start this
    /// way, so the copy alone (the admission slips, the results) knows when the papers opened.
    public static func beijing(_ instant: Micros) -> String {
        let seconds = Int(instant / 1_000_000) + 8 * 3_600 - (instant % 1_000_000 < 0 ? 1 : 0)
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = civil(days)
        let time = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(time / 3_600)):\(two(time / 60 % 60)):\(two(time % 60))+08:00"
    }

    /// The calendar day `days` after 1970-01-01 (H. Hinnant's `civil_from_days`), `daysSinceEpoch` undone.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `Z`, `+08:00` or `+0800` as seconds east of UTC.
    private static func offsetSeconds(_ rest: ArraySlice<Character>) -> Int? {
        let text = Array(rest)
        if text == ["Z"] || text == ["z"] { return 0 }
        guard text.count == 6 || text.count == 5, text[0] == "+" || text[0] == "-" else { return nil }
        let digits = text.count == 6 && text[3] == ":" ? [text[1], text[2], text[4], text[5]] : Array(text[1...])
        guard digits.count == 4, let hours = number(digits, 0, 2), let minutes = number(digits, 2, 2), hours < 24,
            minutes < 60
        else { return nil }
        return (text[0] == "-" ? -1 : 1) * (hours * 3_600 + minutes * 60)
    }

    private static func number(_ characters: [Character], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= characters.count else { return nil }
        var value = 0
        for character in characters[start..<start + length] {
            guard let digit = character.asciiValue, (48...57).contains(digit) else { return nil }
            value = value * 10 + Int(digit - 48)
        }
        return value
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's `days_from_civil`).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<end]
    }
}
