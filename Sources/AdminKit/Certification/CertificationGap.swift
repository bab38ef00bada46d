/// One requirement of a condition that an applicant does not meet, with what they have, for the verdict.
public enum CertificationGap: Sendable, Hashable {
    /// `have` is nil when 本职业工龄 is empty or unreadable.
    case occupationYears(have: Double?, need: Double)
    case certificate(need: Int, have: SkillLevel)
    case certificateDate
    case yearsSinceCertificate(have: Double, need: Double)
    case education(need: EducationLevel, have: EducationLevel?)
    case enrolmentNotCounted
    /// The 所学专业 written, "" when empty.
    case major(String)
    case title(need: ProfessionalTitle, have: ProfessionalTitle)
    case titleDate
    case yearsSinceTitle(have: Double, need: Double)
    case apprenticeship

    /// Years short, to pick the closest condition among those with as many gaps; 1 for a missing item.
    var shortfall: Double {
        switch self {
        case .occupationYears(let have, let need): need - (have ?? 0)
        case .yearsSinceCertificate(let have, let need), .yearsSinceTitle(let have, let need): need - have
        case .certificate, .certificateDate, .education, .enrolmentNotCounted, .major, .title, .titleDate,
            .apprenticeship:
            1
        }
    }
}
