/// The certified-on-post rate: clerks holding any certificate of the occupation ÷ clerks on post, against a target.
///
/// On post on a date means hired on or before it (an unreadable hiring date counts as on post, its
/// problem reported by the roster); certified means holding a certificate of any level issued on
/// or before it, so a clerk with two certificates counts once.
public struct CertifiedRate: Sendable {
    /// One clerk on post without a certificate.
    public struct Missing: Sendable {
        public var clerk: Clerk
        /// Whole months from hiring to the date; nil without a hiring date.
        public var monthsOnPost: Int?
        /// Past the certificate deadline (`certificateWithinMonths` after hiring).
        public var isOverdue: Bool
    }

    /// One centre's rate, or the whole roster's (`centre` empty).
    public struct Line: Sendable {
        public var centre: String
        public var onPost: Int
        public var certified: Int
        public var missing: [Missing]

        /// Nil for a centre with nobody on post.
        public var rate: Double? { onPost == 0 ? nil : Double(certified) / Double(onPost) }

        /// Exactly the target reaches it: 4 of 5 is 80%; a centre with nobody on post has nothing to reach.
        public func reaches(_ target: Double) -> Bool { Double(certified) >= target * Double(onPost) - 1e-9 }
    }

    public var date: CalendarDate
    public var target: Double
    public var centres: [Line]
    public var total: Line

    public var allReach: Bool { total.reaches(target) && centres.allSatisfy { $0.reaches(target) } }

    public static func compute(_ roster: ClerkRoster, on date: CalendarDate, target: Double, rules: LedgerRules)
        -> CertifiedRate
    {
        let centres = roster.centres.map { centre, clerks in line(centre, clerks, date: date, rules: rules) }
        let total = Line(
            centre: "", onPost: centres.map(\.onPost).reduce(0, +), certified: centres.map(\.certified).reduce(0, +),
            missing: centres.flatMap(\.missing))
        return CertifiedRate(date: date, target: target, centres: centres, total: total)
    }

    static func line(_ centre: String, _ clerks: [Clerk], date: CalendarDate, rules: LedgerRules) -> Line {
        let onPost = clerks.filter { $0.hired.map { $0 <= date } ?? true }
        let missing = onPost.filter { $0.highestLevel(on: date) == nil }.map { clerk in
            let deadline = clerk.hired.map { HiringCheck.deadline(hired: $0, months: rules.certificateWithinMonths) }
            return Missing(
                clerk: clerk, monthsOnPost: clerk.hired.map { $0.months(until: date) },
                isOverdue: deadline.map { date > $0 } ?? false)
        }
        return Line(centre: centre, onPost: onPost.count, certified: onPost.count - missing.count, missing: missing)
    }

    /// `80%`, `0.8` or `80` as a share (0.8); nil for anything else, or a share outside (0, 1].
    public static func target(_ text: String) -> Double? {
        var compact = text.filter { !$0.isWhitespace }
        let percent = compact.hasSuffix("%") || compact.hasSuffix("％")
        if percent { compact.removeLast() }
        guard let value = Double(compact), value.isFinite else { return nil }
        let share = percent || value > 1 ? value / 100 : value
        return share > 0 && share <= 1 ? share : nil
    }

    /// `83.3%`: one decimal, half up; `—` for nobody on post.
    public static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        let tenths = (share * 1000 + 0.5 + 1e-9).rounded(.down)
        return "\(Int(tenths) / 10).\(Int(tenths) % 10)%"
    }
}
