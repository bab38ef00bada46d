/// `certification check`'s numbers: each level's conditions, what counts as a relevant subject, the photo's limits.
///
/// The defaults are the conditions the national occupational standard for 政务服务综合窗口办事员
/// (2020) lays down in the usual form of 国家职业技能标准 (the template of the 2018 编制技术规程),
/// as the 乌审旗 certification notice applies them; the photo limit is 乌审旗's (under 20 KB,
/// `姓名_证件号.JPG`). A notice that words a condition differently is matched by editing the
/// `levels` array of the rules file; `docs/admin.md` lists every default with its source.
public struct CertificationRules: Codable, Sendable, Hashable {
    public var levels: [CertificationLevelRules] = [
        CertificationLevelRules(
            level: 5,
            conditions: [
                CertificationCondition(name: "条件一", occupationYears: 1),
                CertificationCondition(name: "条件二", apprenticeship: true),
            ]),
        CertificationLevelRules(
            level: 4,
            conditions: [
                CertificationCondition(name: "条件一", certificateLevel: 5, yearsSinceCertificate: 4),
                CertificationCondition(name: "条件二", occupationYears: 6),
                CertificationCondition(name: "条件三", education: "中职", relevantMajor: true, enrolmentCounts: true),
                CertificationCondition(name: "条件四", education: "大专", relevantMajor: true, enrolmentCounts: true),
            ]),
        CertificationLevelRules(
            level: 3,
            conditions: [
                CertificationCondition(name: "条件一", certificateLevel: 4, yearsSinceCertificate: 5),
                CertificationCondition(
                    name: "条件二", certificateLevel: 4, occupationYears: 2, education: "大专", relevantMajor: true,
                    enrolmentCounts: true),
                CertificationCondition(
                    name: "条件三", certificateLevel: 4, yearsSinceCertificate: 2, education: "大专",
                    relevantMajor: true),
                CertificationCondition(name: "条件四", title: "初级", yearsSinceTitle: 1),
            ]),
    ]
    /// Words of 所学专业 that make a diploma relevant to window work; matched anywhere in the cell.
    public var relevantMajors: [String] = [
        "政务服务", "电子政务", "行政管理", "公共事业管理", "公共管理", "法学", "法律", "文秘", "秘书", "社会工作",
        "劳动与社会保障", "档案",
    ]
    /// The photo's largest size in KB of 1,024 bytes (乌审旗: under 20 KB, taken as at most 20 × 1024 bytes).
    public var photoMaximumKB: Int = 20
    /// The photo's smallest size in KB; 0 for none (泗阳 would have 5), as `registration` counts it.
    public var photoMinimumKB: Int = 0
    /// The files each applicant's folder holds, each found by words in its file name (the photo aside).
    public var materials: [CertificationMaterial] = [
        CertificationMaterial(name: "身份证扫描件", keywords: ["身份证"]),
        CertificationMaterial(name: "最高学历证明", keywords: ["学历", "学信网", "毕业证", "备案表"]),
        CertificationMaterial(name: "工作证明", keywords: ["工作证明", "工作年限", "从业证明", "工龄证明"]),
        CertificationMaterial(name: "申报表", keywords: ["申报表", "申请表"]),
        CertificationMaterial(name: "诚信承诺书", keywords: ["承诺书"]),
    ]
    /// Words of the photo's file name besides the applicant's own `姓名_证件号`.
    public var photoKeywords: [String] = ["照片", "相片", "photo"]
    /// Words of the group application's information sheet, one at the folder's top level.
    public var groupSheetKeywords: [String] = ["信息表"]

    public init() {}
}
