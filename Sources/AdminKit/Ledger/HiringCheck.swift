/// The hiring conditions for one clerk: under 35 on the hiring day, 大专 or above, certified within a year.
///
/// Age and diploma are checked for clerks hired on or after `hiringRulesFrom` (everyone when it
/// is ""); the certificate for everyone. A cell the roster could not read passes the clerk by:
/// its problem is already reported.
public struct HiringCheck: Sendable {
    public var rules: LedgerRules
    /// The rules' diploma, read; nil only for a name `LedgerCheck.rulesProblem` refuses.
    public var minimumEducation: EducationLevel?
    public var rulesFrom: CalendarDate?

    public init(rules: LedgerRules) {
        self.rules = rules
        minimumEducation = EducationLevel(ruleName: rules.hiringMinimumEducation)
        rulesFrom = rules.hiringRulesFrom.isEmpty ? nil : CalendarDate(written: rules.hiringRulesFrom)
    }

    /// Whole years of age on `date`: 35 from the 35th birthday on, 34 the day before it.
    public static func age(born: CalendarDate, on date: CalendarDate) -> Int { born.months(until: date) / 12 }

    /// The day a certificate is due: `months` after hiring, on the same day of the month or the month's last.
    public static func deadline(hired: CalendarDate, months: Int) -> CalendarDate {
        let total = hired.year * 12 + hired.month - 1 + months
        let month = YearMonth(year: total / 12, month: total % 12 + 1) ?? YearMonth(hired)
        return CalendarDate(year: month.year, month: month.month, day: hired.day) ?? month.lastDay
    }

    /// The clerk's findings on `today`, in the order age, diploma, certificate.
    public func findings(_ clerk: Clerk, today: CalendarDate) -> [LedgerFinding] {
        guard let hired = clerk.hired else { return [] }
        var findings: [LedgerFinding] = []
        if rulesFrom.map({ hired >= $0 }) ?? true {
            if let born = clerk.birthDate, rules.hiringMaximumAge > 0 {
                let age = Self.age(born: born, on: hired)
                if age >= rules.hiringMaximumAge {
                    findings.append(.tooOldAtHiring(age: age, hired: hired, maximum: rules.hiringMaximumAge))
                }
            }
            if let education = clerk.education, let minimumEducation, education < minimumEducation {
                findings.append(.belowMinimumEducation(education, minimum: minimumEducation))
            }
        }
        if let finding = certificateFinding(clerk, hired: hired, today: today) { findings.append(finding) }
        return findings
    }

    /// Overdue or due, for a clerk holding no certificate of the required level by `today`.
    func certificateFinding(_ clerk: Clerk, hired: CalendarDate, today: CalendarDate) -> LedgerFinding? {
        guard rules.certificateWithinMonths > 0 else { return nil }
        let level = rules.requiredLevel
        if clerk.certificates.contains(where: { $0.level <= level && $0.date <= today }) { return nil }
        let deadline = Self.deadline(hired: hired, months: rules.certificateWithinMonths)
        return today > deadline
            ? .certificateOverdue(level: level, deadline: deadline) : .certificateDue(level: level, deadline: deadline)
    }
}
