/// The monthly 好 quota of a centre: at most 20% of its window staff, rounded as the rules say.
///
/// Staff are the centre's clerks on post that month (hired by its last day, or with an unreadable
/// hiring date, which is reported anyway), less those whose month is 暂缓: a clerk under
/// investigation takes no part in that month's assessment, so does not widen its quota.
public enum GoodQuota {
    /// How a share becomes a whole number of people: `round` (四舍五入, half up), `floor` or `ceil`.
    public enum Rounding: String, Sendable, CaseIterable {
        case round, floor, ceil
    }

    /// One centre's month: how many were rated, how many 好, and the quota.
    public struct Month: Sendable, Hashable {
        public var centre: String
        public var month: YearMonth
        public var staff: Int
        public var good: Int
        public var quota: Int

        public var isOver: Bool { good > quota }
    }

    /// The most who may be rated 好 among `staff`; a tolerance keeps 0.2 × 15 at 3, not 3.0000000000000004.
    public static func quota(staff: Int, share: Double, rounding: Rounding) -> Int {
        let exact = share * Double(staff)
        let tolerance = 1e-9
        let value =
            switch rounding {
            case .round: (exact + 0.5 + tolerance).rounded(.down)
            case .floor: (exact + tolerance).rounded(.down)
            case .ceil: (exact - tolerance).rounded(.up)
            }
        return max(0, Int(value))
    }

    /// Every month column of the roster for one centre's clerks, oldest first.
    public static func months(
        centre: String, clerks: [Clerk], months: [YearMonth], share: Double, rounding: Rounding
    ) -> [Month] {
        months.map { month in
            let rated = clerks.filter { clerk in
                (clerk.hired.map { $0 <= month.lastDay } ?? true) && clerk.ratings[month] != .withheld
            }
            let good = clerks.filter { $0.ratings[month] == .good }.count
            return Month(
                centre: centre, month: month, staff: rated.count, good: good,
                quota: quota(staff: rated.count, share: share, rounding: rounding))
        }
    }
}
