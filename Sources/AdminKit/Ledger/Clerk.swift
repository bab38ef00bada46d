import QuestionBank

/// One clerk on post, as the roster row says: centre, dates, diploma, certificates and monthly ratings.
///
/// Cells that could not be read are nil here and reported by `ClerkRoster`; a rule needing one
/// of them passes the clerk by rather than guess.
public struct Clerk: Sendable {
    /// One certificate of this occupation: its level (5 五级 … 1 高级技师) and the date it was issued.
    public struct Certificate: Sendable, Hashable {
        public var level: Int
        public var date: CalendarDate

        public init(level: Int, date: CalendarDate) {
            (self.level, self.date) = (level, date)
        }
    }

    public var row: Record<LedgerColumn>
    public var centre: String { row[.centre] }
    public var name: String { row[.name] }
    public var residentID: String { row[.residentID] }
    public var birthDate: CalendarDate?
    public var hired: CalendarDate?
    public var education: EducationLevel?
    /// Oldest first.
    public var certificates: [Certificate]
    public var onProbation: Bool
    public var ratings: [YearMonth: MonthlyRating]

    public init(
        row: Record<LedgerColumn>, birthDate: CalendarDate?, hired: CalendarDate?, education: EducationLevel?,
        certificates: [Certificate], onProbation: Bool, ratings: [YearMonth: MonthlyRating]
    ) {
        (self.row, self.birthDate, self.hired, self.education) = (row, birthDate, hired, education)
        (self.certificates, self.onProbation, self.ratings) = (
            certificates.sorted { $0.date < $1.date }, onProbation, ratings
        )
    }

    /// The highest level held on `date` (the smallest number), nil when none was issued by then.
    public func highestLevel(on date: CalendarDate) -> Int? {
        certificates.filter { $0.date <= date }.map(\.level).min()
    }

    /// Whole years of continuous employment from the hiring date to `date`; nil without a hiring date.
    public func yearsEmployed(on date: CalendarDate) -> Int? {
        hired.map { $0.months(until: date) / 12 }
    }
}
