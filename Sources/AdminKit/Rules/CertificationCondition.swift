/// One way to qualify for a skill level, as the occupational standard lists them (条件一, 条件二, …).
///
/// Every requirement is a field with "not required" as 0, "" or false, so organisers can write any
/// condition of their notice in the rules file; the verdict's wording is made from these fields.
/// All given requirements must be met together.
public struct CertificationCondition: Codable, Sendable, Hashable {
    /// `条件一`: how the verdict names it.
    public var name: String
    /// The certificate held, 5 … 1, a higher one (smaller number) counting too; 0 when none is needed.
    public var certificateLevel: Int = 0
    /// Years in the occupation since the certificate (取证时间 to today, at most 本职业工龄).
    public var yearsSinceCertificate: Double = 0
    /// Years in the occupation in all (本职业工龄).
    public var occupationYears: Double = 0
    /// The lowest 文化程度 accepted: 中职, 大专, 本科 or 研究生 (higher ones count); "" when none is needed.
    public var education: String = ""
    /// Whether the diploma must be in a relevant subject (`CertificationRules.relevantMajors`).
    public var relevantMajor: Bool = false
    /// Whether current enrolment (在读 是) counts as holding the diploma.
    public var enrolmentCounts: Bool = false
    /// The lowest professional title accepted: 初级, 中级 or 高级; "" when none is needed.
    public var title: String = ""
    /// Years in the occupation since the title (职称取得时间 to today, at most 本职业工龄).
    public var yearsSinceTitle: Double = 0
    /// Whether a finished apprenticeship or the occupation's formal training (学徒期满) is needed.
    public var apprenticeship: Bool = false

    public init(
        name: String, certificateLevel: Int = 0, yearsSinceCertificate: Double = 0, occupationYears: Double = 0,
        education: String = "", relevantMajor: Bool = false, enrolmentCounts: Bool = false, title: String = "",
        yearsSinceTitle: Double = 0, apprenticeship: Bool = false
    ) {
        self.name = name
        self.certificateLevel = certificateLevel
        self.yearsSinceCertificate = yearsSinceCertificate
        self.occupationYears = occupationYears
        self.education = education
        self.relevantMajor = relevantMajor
        self.enrolmentCounts = enrolmentCounts
        self.title = title
        self.yearsSinceTitle = yearsSinceTitle
        self.apprenticeship = apprenticeship
    }
}
