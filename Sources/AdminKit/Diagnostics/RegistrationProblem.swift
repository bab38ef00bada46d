import QuestionBank

/// Every problem `registration check` can find in an entry list, each with a stable code.
///
/// Cases carry only what their message needs; the messages live in `RegistrationProblem+Messages.swift`
/// so the two languages are kept side by side.
public enum RegistrationProblem: SheetProblem {
    // The file as a whole.
    case reading(Problem)
    case noHeader
    case missingColumn(RegistrationColumn)
    // One row.
    case missingValue(RegistrationColumn)
    case idLength(Int)
    case idStoredAsNumber(String)
    case idFullWidth
    case idCharacters(String)
    case idProvince(String)
    case idBirthDate(String)
    case idFutureBirth(CalendarDate)
    case idCheckDigit(expected: Character, found: Character)
    case idLowercaseX
    case unknownSex(String)
    case sexMismatch(written: String, fromID: String)
    case unreadableBirth(String)
    case birthMismatch(written: String, fromID: CalendarDate)
    case duplicateID(first: SourceLocation)
    case duplicatePhone(first: SourceLocation)
    case badPhone(String)
    case unknownCategory(String)
    case unknownEmployment(String)
    case unknownSkillLevel(String)
    case badYears(RegistrationColumn, String)
    // `--photos`: one entrant's photo, or the folder.
    case missingPhoto(expected: String)
    case photo(file: String, PhotoProblem)
    case unclaimedPhoto(String)
    case unreadablePhotoFolder
    // One unit's team.
    case unitSize(unit: String, count: Int, expected: Int)
    case tooFewFrontline(unit: String, count: Int, minimum: Int)
    // One entrant's eligibility.
    case notWindowStaff(String)
    case notContractStaff(String)
    case pensionTooShort(String, minimum: Double)
    case notExperienced(years: String, level: String, minimum: Double, waivingLevel: Int)

    public var severity: Severity {
        switch self {
        case .reading(let problem): problem.severity
        case .idLowercaseX, .unclaimedPhoto: .warning
        case .noHeader, .missingColumn, .missingValue, .idLength, .idStoredAsNumber, .idFullWidth, .idCharacters,
            .idProvince, .idBirthDate, .idFutureBirth, .idCheckDigit, .unknownSex, .sexMismatch, .unreadableBirth,
            .birthMismatch, .duplicateID, .duplicatePhone, .badPhone, .unknownCategory, .unknownEmployment,
            .unknownSkillLevel, .badYears, .unitSize, .tooFewFrontline, .notWindowStaff, .notContractStaff,
            .pensionTooShort, .notExperienced, .missingPhoto, .photo, .unreadablePhotoFolder:
            .error
        }
    }

    /// A problem with a unit's team as a whole rather than with one member.
    public var isAboutUnit: Bool {
        if case .unitSize = self { return true }
        if case .tooFewFrontline = self { return true }
        return false
    }

    /// The stable name scripts and tests match on, printed in brackets after the message.
    public var code: String {
        switch self {
        case .reading(let problem): problem.code
        case .noHeader: "no-header"
        case .missingColumn: "missing-column"
        case .missingValue: "missing-value"
        case .idLength: "id-length"
        case .idStoredAsNumber: "id-stored-as-number"
        case .idFullWidth: "id-full-width"
        case .idCharacters: "id-characters"
        case .idProvince: "id-province"
        case .idBirthDate: "id-birth-date"
        case .idFutureBirth: "id-future-birth"
        case .idCheckDigit: "id-check-digit"
        case .idLowercaseX: "id-lowercase-x"
        case .unknownSex: "unknown-sex"
        case .sexMismatch: "sex-mismatch"
        case .unreadableBirth: "unreadable-birth"
        case .birthMismatch: "birth-mismatch"
        case .duplicateID: "duplicate-id"
        case .duplicatePhone: "duplicate-phone"
        case .badPhone: "bad-phone"
        case .unknownCategory: "unknown-category"
        case .unknownEmployment: "unknown-employment"
        case .unknownSkillLevel: "unknown-skill-level"
        case .badYears: "bad-years"
        case .missingPhoto: "missing-photo"
        case .photo(_, let problem): problem.code
        case .unclaimedPhoto: "unclaimed-photo"
        case .unreadablePhotoFolder: "unreadable-photo-folder"
        case .unitSize: "unit-size"
        case .tooFewFrontline: "too-few-frontline"
        case .notWindowStaff: "not-window-staff"
        case .notContractStaff: "not-contract-staff"
        case .pensionTooShort: "pension-too-short"
        case .notExperienced: "not-experienced"
        }
    }
}
