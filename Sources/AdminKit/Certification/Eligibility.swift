/// How one applicant stands against one condition: met, or the requirements they fall short of.
///
/// Pure: the facts, the condition and today's date in. Years since a certificate or a title are
/// counted in whole months to today and never exceed 本职业工龄 when that is given, since only
/// years in the occupation count.
public struct Eligibility: Sendable, Hashable {
    public var condition: CertificationCondition
    public var gaps: [CertificationGap]

    public var isEligible: Bool { gaps.isEmpty }

    /// The first condition met, else the closest one: the fewest gaps, then the fewest years short.
    static func verdict(
        _ facts: ApplicantFacts, conditions: [CertificationCondition], relevantMajors: [String], today: CalendarDate
    ) -> Eligibility? {
        let all = conditions.map { evaluate(facts, against: $0, relevantMajors: relevantMajors, today: today) }
        if let met = all.first(where: \.isEligible) { return met }
        return all.enumerated().min { lhs, rhs in
            let left = (lhs.element.gaps.count, lhs.element.gaps.reduce(0) { $0 + $1.shortfall }, lhs.offset)
            let right = (rhs.element.gaps.count, rhs.element.gaps.reduce(0) { $0 + $1.shortfall }, rhs.offset)
            return left < right
        }?.element
    }

    static func evaluate(
        _ facts: ApplicantFacts, against condition: CertificationCondition, relevantMajors: [String],
        today: CalendarDate
    ) -> Eligibility {
        var gaps: [CertificationGap] = []
        if condition.certificateLevel > 0 {
            if case .level(let held) = facts.level, held <= condition.certificateLevel {
                if condition.yearsSinceCertificate > 0 {
                    if let date = facts.certificateDate {
                        let years = inOccupation(since: date, facts, today: today)
                        if years < condition.yearsSinceCertificate {
                            gaps.append(.yearsSinceCertificate(have: years, need: condition.yearsSinceCertificate))
                        }
                    } else {
                        gaps.append(.certificateDate)
                    }
                }
            } else {
                gaps.append(.certificate(need: condition.certificateLevel, have: facts.level))
            }
        }
        if condition.occupationYears > 0, (facts.occupationYears ?? -1) < condition.occupationYears {
            gaps.append(.occupationYears(have: facts.occupationYears, need: condition.occupationYears))
        }
        if let need = EducationLevel(ruleName: condition.education) {
            if let have = facts.education, have >= need {
                if facts.enrolled && !condition.enrolmentCounts { gaps.append(.enrolmentNotCounted) }
            } else {
                gaps.append(.education(need: need, have: facts.education))
            }
            if condition.relevantMajor, !isRelevant(facts.major, relevantMajors) { gaps.append(.major(facts.major)) }
        }
        if let need = ProfessionalTitle(ruleName: condition.title) {
            if facts.title >= need {
                if condition.yearsSinceTitle > 0 {
                    if let date = facts.titleDate {
                        let years = inOccupation(since: date, facts, today: today)
                        if years < condition.yearsSinceTitle {
                            gaps.append(.yearsSinceTitle(have: years, need: condition.yearsSinceTitle))
                        }
                    } else {
                        gaps.append(.titleDate)
                    }
                }
            } else {
                gaps.append(.title(need: need, have: facts.title))
            }
        }
        if condition.apprenticeship && !facts.apprenticeship { gaps.append(.apprenticeship) }
        return Eligibility(condition: condition, gaps: gaps)
    }

    /// Years from `date` to today, at most the years in the occupation when those are given.
    private static func inOccupation(since date: CalendarDate, _ facts: ApplicantFacts, today: CalendarDate)
        -> Double
    {
        let since = date.years(until: today)
        return facts.occupationYears.map { min($0, since) } ?? since
    }

    /// Whether 所学专业 contains one of the rules' subject words.
    static func isRelevant(_ major: String, _ words: [String]) -> Bool {
        let text = major.lowercased()
        return !text.isEmpty && words.contains { !$0.isEmpty && text.contains($0.lowercased()) }
    }
}
