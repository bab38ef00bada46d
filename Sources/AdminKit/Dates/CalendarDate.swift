/// A day of the Gregorian calendar, without time or zone, so "today" can be passed in by the caller.
///
/// The library never reads the clock: the executable gives today's date, tests give a fixed one.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for a day that does not exist (`1990-02-30`) or a year before 1900.
    public init?(year: Int, month: Int, day: Int) {
        guard year >= 1900, year <= 9999, (1...12).contains(month), day >= 1,
            day <= Self.days(inMonth: month, of: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date Excel shows for a serial number in its 1900 date system (1 = 1900-01-01).
    ///
    /// Excel counts 1900-02-29, which never was, so serials from 61 on are one day ahead.
    public init?(excelSerial serial: Int) {
        guard serial >= 1, serial != 60, serial < 2_958_466 else { return nil }
        let days = serial < 60 ? serial - 1 : serial - 2
        let (year, month, day) = Self.civil(fromDaysSince1900: days)
        self.init(year: year, month: month, day: day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `1990-05-01`.
    public var description: String {
        "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's civil-from-days, counted from 1900-01-01.
    private static func civil(fromDaysSince1900 days: Int) -> (Int, Int, Int) {
        let z = days + 693_901  // 0000-03-01 to 1900-01-01
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}
