import ContestCore

/// One clerk's year: the months' 好/一般/差 counted, the grade they give, and the rule that gave it.
///
/// The rules are tried in the notice's order of severity: 不称职 first (差 in consecutive calendar
/// months, or too many 差), then 优秀, 称职, 基本称职; whatever meets none of these is 不称职.
/// 暂缓 months are not counted and break a run of 差, as does a month the roster has no column for.
/// Months employed count the year's last day worked in full: hired 2025-01-01 is 12 by the end of 2025.
public struct AnnualAssessment: Sendable {
    /// Which rule decided the grade.
    public enum Rule: Sendable, Hashable {
        /// 差 in `months` consecutive calendar months from `from`.
        case poorInARow(from: YearMonth, months: Int)
        case poorInYear
        case excellent
        case competent
        /// Would be 优秀 but was employed only `monthsEmployed` months by the year's end.
        case competentShortService(monthsEmployed: Int)
        case basic
        case belowBasic
        case noRating
        case heldBack
    }

    public var clerk: Clerk
    public var year: Int
    public var grade: AnnualGrade = .unrated
    public var rule: Rule = .noRating
    public var good = 0
    public var fair = 0
    public var poor = 0
    public var withheld = 0
    /// The year's month columns in the roster: 12 unless the roster covers part of the year.
    public var monthsInRoster: Int
    /// Holds a certificate of this occupation on the year's last day.
    public var certified = false
    public var heldBack: [LedgerDiagnostic]
    let rules: LedgerRules

    public var monthsRated: Int { good + fair + poor }
    /// 不称职 or no certificate by the year's end: a change of post to consider.
    public var suggestsChangeOfPost: Bool { grade == .incompetent || (!certified && heldBack.isEmpty) }

    /// The cells a grade is read from besides the year's month columns.
    static let neededColumns: [LedgerColumn] = [.hired, .levels, .certificateDates]

    public init(
        _ clerk: Clerk, year: Int, monthsInRoster: Int, rules: LedgerRules, heldBack: [LedgerDiagnostic] = []
    ) {
        (self.clerk, self.year, self.monthsInRoster, self.rules, self.heldBack) = (
            clerk, year, monthsInRoster, rules, heldBack
        )
        let months = (1...12).compactMap { YearMonth(year: year, month: $0) }
        let ratings = months.map { clerk.ratings[$0] }
        good = ratings.filter { $0 == .good }.count
        fair = ratings.filter { $0 == .fair }.count
        poor = ratings.filter { $0 == .poor }.count
        withheld = ratings.filter { $0 == .withheld }.count
        let yearEnd = months[11].lastDay
        certified = clerk.highestLevel(on: yearEnd) != nil
        (grade, rule) = decide(
            months: months, ratings: ratings, monthsEmployed: clerk.hired?.months(until: months[11].dayAfter ?? yearEnd)
        )
    }

    private func decide(months: [YearMonth], ratings: [MonthlyRating?], monthsEmployed: Int?) -> (AnnualGrade, Rule) {
        guard heldBack.isEmpty else { return (.unrated, .heldBack) }
        guard monthsRated > 0 else { return (.unrated, .noRating) }
        if rules.incompetentPoorInARow > 0, let run = Self.longestPoorRun(months, ratings),
            run.months >= rules.incompetentPoorInARow
        {
            return (.incompetent, .poorInARow(from: run.from, months: run.months))
        }
        if rules.incompetentPoorInYear > 0 && poor >= rules.incompetentPoorInYear { return (.incompetent, .poorInYear) }
        let employed = monthsEmployed ?? 0
        var shortService = false
        if poor == 0 && good >= rules.excellentMinimumGood {
            guard employed < rules.excellentMinimumMonthsEmployed else { return (.excellent, .excellent) }
            shortService = true
        }
        if poor == 0 && good >= rules.competentMinimumGood {
            return (.competent, shortService ? .competentShortService(monthsEmployed: employed) : .competent)
        }
        if poor <= rules.basicMaximumPoor { return (.basic, .basic) }
        return (.incompetent, .belowBasic)
    }

    /// The longest run of 差 in consecutive calendar months, and the month it starts.
    static func longestPoorRun(_ months: [YearMonth], _ ratings: [MonthlyRating?]) -> (from: YearMonth, months: Int)? {
        var best: (from: YearMonth, months: Int)?
        var start = 0
        for (index, rating) in ratings.enumerated() {
            guard rating == .poor else {
                start = index + 1
                continue
            }
            let length = index - start + 1
            if length > best?.months ?? 0 { best = (months[start], length) }
        }
        return best
    }
}
