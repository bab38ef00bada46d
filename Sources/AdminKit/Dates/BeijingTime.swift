import ContestCore

/// Exam instants (UTC microseconds) as the hall's clocks show them: Beijing time, UTC+8, all year.
///
/// China keeps no daylight saving, so a fixed offset is exact; no locale or time-zone database is read.
enum BeijingTime {
    static let offset: Micros = 8 * 3_600_000_000
    private static let day: Micros = 86_400_000_000

    /// The calendar day in Beijing and the microseconds since its midnight.
    static func split(_ micros: Micros) -> (date: CalendarDate?, sinceMidnight: Micros) {
        let shifted = micros + offset
        let days = shifted >= 0 ? shifted / day : (shifted - day + 1) / day
        return (CalendarDate(excelSerial: 25_569 + Int(days)), shifted - days * day)
    }

    /// The calendar day in Beijing and the seconds since its midnight.
    static func parts(_ micros: Micros) -> (date: CalendarDate?, seconds: Int) {
        let (date, sinceMidnight) = split(micros)
        return (date, Int(sinceMidnight / 1_000_000))
    }

    /// `09:05`, or `09:05:42` with seconds.
    static func clock(_ micros: Micros, seconds withSeconds: Bool = false) -> String {
        let seconds = parts(micros).seconds
        let two = CalendarDate.twoDigits
        let minutes = "\(two(seconds / 3_600)):\(two(seconds / 60 % 60))"
        return withSeconds ? minutes + ":\(two(seconds % 60))" : minutes
    }

    /// `2026-12-10 14:03:21`: when a judge signed, to the second.
    static func stamp(_ micros: Micros) -> String {
        "\(parts(micros).date?.description ?? "?") \(clock(micros, seconds: true))"
    }

    /// `2026 年 12 月 10 日` as a slip prints the exam's day; `2026-12-10` in English.
    static func day(_ micros: Micros, _ language: Language) -> String {
        guard let date = parts(micros).date else { return "?" }
        return language == .chinese ? "\(date.year) 年 \(date.month) 月 \(date.day) 日" : date.description
    }
}
