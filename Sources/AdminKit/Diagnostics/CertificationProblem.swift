import QuestionBank

/// Every problem `certification check` can find in an applicant list and its materials, each with a stable code.
///
/// The resident-ID problems are `registration check`'s, embedded as they are; the photo's are
/// `PhotoProblem`'s. The messages live in `CertificationProblem+Messages.swift`.
public enum CertificationProblem: SheetProblem {
    // The file as a whole.
    case reading(Problem)
    case noHeader
    case missingColumn(CertificationColumn)
    /// A column the level's conditions read that the list lacks: those conditions cannot be met.
    case absentColumn(CertificationColumn)
    // One row.
    case missingValue(CertificationColumn)
    case residentID(RegistrationProblem)
    case duplicateID(first: SourceLocation)
    case badYears(String)
    case unknownSkillLevel(String)
    case unknownEducation(String)
    case unknownTitle(String)
    case unknownYesNo(CertificationColumn, String)
    case unreadableDate(CertificationColumn, String)
    case futureDate(CertificationColumn, CalendarDate)
    case alreadyHolds(held: Int, applying: Int)
    case notEligible(level: Int, closest: Eligibility)
    // One applicant's materials, placed at their row.
    case noFolder(expected: String)
    case severalFolders([String])
    case missingMaterial(folder: String, material: String)
    case missingPhoto(folder: String, expected: String)
    case photo(file: String, PhotoProblem)
    // The materials folder as a whole.
    case strayFolder(String)
    case noGroupSheet
    case severalGroupSheets([String])
    case unreadableMaterials

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .residentID(let problem): problem.severity
        case .absentColumn, .alreadyHolds: .warning
        case .noHeader, .missingColumn, .missingValue, .duplicateID, .badYears, .unknownSkillLevel, .unknownEducation,
            .unknownTitle, .unknownYesNo, .unreadableDate, .futureDate, .notEligible, .noFolder, .severalFolders,
            .missingMaterial, .missingPhoto, .photo, .strayFolder, .noGroupSheet, .severalGroupSheets,
            .unreadableMaterials:
            .error
        }
    }

    /// A problem with the handed-in files rather than with the list, for 材料检查.csv.
    public var isAboutMaterials: Bool {
        switch self {
        case .noFolder, .severalFolders, .missingMaterial, .missingPhoto, .photo, .strayFolder, .noGroupSheet,
            .severalGroupSheets, .unreadableMaterials:
            true
        case .reading, .noHeader, .missingColumn, .absentColumn, .missingValue, .residentID, .duplicateID, .badYears,
            .unknownSkillLevel, .unknownEducation, .unknownTitle, .unknownYesNo, .unreadableDate, .futureDate,
            .alreadyHolds, .notEligible:
            false
        }
    }

    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .residentID(let problem): problem.code
        case .photo(_, let problem): problem.code
        case .noHeader: "no-header"
        case .missingColumn: "missing-column"
        case .absentColumn: "absent-column"
        case .missingValue: "missing-value"
        case .duplicateID: "duplicate-id"
        case .badYears: "bad-years"
        case .unknownSkillLevel: "unknown-skill-level"
        case .unknownEducation: "unknown-education"
        case .unknownTitle: "unknown-title"
        case .unknownYesNo: "unknown-yes-no"
        case .unreadableDate: "unreadable-date"
        case .futureDate: "future-date"
        case .alreadyHolds: "already-holds"
        case .notEligible: "not-eligible"
        case .noFolder: "no-folder"
        case .severalFolders: "several-folders"
        case .missingMaterial: "missing-material"
        case .missingPhoto: "missing-photo"
        case .strayFolder: "stray-folder"
        case .noGroupSheet: "no-group-sheet"
        case .severalGroupSheets: "several-group-sheets"
        case .unreadableMaterials: "unreadable-materials"
        }
    }
}
