/// The 出生年月 cell read as a year and month, however the organiser typed or Excel stored it.
///
/// Forms ask for the month (`1990.05`, `1990-05`, `1990年5月`, `199005`); some give the whole
/// date (`1990-05-01`, `19900501`), and a date-formatted Excel cell arrives as its serial number
/// (`32994`), so all of these are read.
public struct BirthMonth: Sendable, Hashable {
    public let year: Int
    public let month: Int

    /// The month of any date cell `CalendarDate(written:)` reads; a whole date must exist (not `1990-02-30`).
    public init?(_ text: String) {
        guard let date = CalendarDate(written: text) else { return nil }
        (year, month) = (date.year, date.month)
    }
}
