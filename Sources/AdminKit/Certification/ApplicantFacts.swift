import QuestionBank

/// One applicant's row read into what the standard's conditions compare, with the cells that could not be read.
///
/// A cell that cannot be read is reported at its place and then counts as empty, so the verdict
/// names what is missing rather than guessing.
struct ApplicantFacts: Sendable, Hashable {
    var occupationYears: Double?
    var level = SkillLevel.none
    var certificateDate: CalendarDate?
    var education: EducationLevel?
    var major = ""
    var enrolled = false
    var title = ProfessionalTitle.none
    var titleDate: CalendarDate?
    var apprenticeship = false

    static func read(_ applicant: Applicant, today: CalendarDate) -> (
        facts: ApplicantFacts, problems: [(CertificationProblem, SourceLocation)]
    ) {
        var facts = ApplicantFacts()
        var problems: [(CertificationProblem, SourceLocation)] = []
        func note(_ problem: CertificationProblem, _ column: CertificationColumn) {
            problems.append((problem, applicant.place(column)))
        }
        let years = applicant[.occupationYears]
        if !years.isEmpty {
            facts.occupationYears = Years.parse(years)
            if facts.occupationYears == nil { note(.badYears(years), .occupationYears) }
        }
        let level = applicant[.skillLevel]
        if let parsed = SkillLevel(level) { facts.level = parsed } else { note(.unknownSkillLevel(level), .skillLevel) }
        facts.certificateDate = date(applicant, .certificateDate, today: today, note: note)
        let education = applicant[.education]
        if !education.isEmpty {
            facts.education = EducationLevel(education)
            if facts.education == nil { note(.unknownEducation(education), .education) }
        }
        facts.major = applicant[.major]
        facts.enrolled = yesOrNo(applicant, .enrolled, note: note)
        let title = applicant[.title]
        if let parsed = ProfessionalTitle(title) { facts.title = parsed } else { note(.unknownTitle(title), .title) }
        facts.titleDate = date(applicant, .titleDate, today: today, note: note)
        facts.apprenticeship = yesOrNo(applicant, .apprenticeship, note: note)
        return (facts, problems)
    }

    /// A date cell, nil when empty, unreadable or after today (the last two reported).
    private static func date(
        _ applicant: Applicant, _ column: CertificationColumn, today: CalendarDate,
        note: (CertificationProblem, CertificationColumn) -> Void
    ) -> CalendarDate? {
        let text = applicant[column]
        guard !text.isEmpty else { return nil }
        guard let date = CalendarDate(written: text) else {
            note(.unreadableDate(column, text), column)
            return nil
        }
        guard date <= today else {
            note(.futureDate(column, date), column)
            return nil
        }
        return date
    }

    /// 是/否 as forms write it (`是`, `√`, `Y`, `在读`); empty is 否.
    private static func yesOrNo(
        _ applicant: Applicant, _ column: CertificationColumn, note: (CertificationProblem, CertificationColumn) -> Void
    ) -> Bool {
        if let answer = YesNo.parse(applicant[column]) { return answer }
        note(.unknownYesNo(column, applicant[column]), column)
        return false
    }
}
