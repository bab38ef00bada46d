extension YearMonth {
    /// The first day of the next month: service "to the month's end" counts the last day worked in full.
    ///
    /// Hired 2024-04-01 and working through 2025-03-31 is twelve whole months, as
    /// `hired.months(until: dayAfter)` counts them; nil only after 9999-12.
    public var dayAfter: CalendarDate? {
        month == 12
            ? CalendarDate(year: year + 1, month: 1, day: 1) : CalendarDate(year: year, month: month + 1, day: 1)
    }
}
