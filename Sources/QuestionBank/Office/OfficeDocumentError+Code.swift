import OfficeDocuments

extension OfficeDocumentError {
    /// The diagnostic code of a refused Word or Excel file: what kind of refusal, for tests and scripts.
    var code: String {
        switch self {
        case .legacyOfficeFormat: "old-office-format"
        case .notZip: "not-a-zip"
        case .truncated: "truncated"
        case .badCentralDirectory, .badLocalHeader, .corruptData, .crcMismatch, .sizeMismatch: "damaged-archive"
        case .spannedArchive, .zip64, .unsupportedMethod: "unsupported-archive"
        case .encryptedEntry: "encrypted-document"
        case .tooManyEntries: "too-many-entries"
        case .entryTooLarge, .archiveTooLarge, .compressionRatioTooHigh, .inflatesBeyondDeclaredSize: "zip-bomb"
        case .missingPart, .missingRelationship, .unexpectedRoot: "missing-part"
        case .xml(_, let error):
            switch error.problem {
            case .doctype: "doctype"
            case .tooDeep: "too-deep"
            default: "xml-syntax"
            }
        case .badCellReference, .badSharedStringIndex: "damaged-workbook"
        case .invalidSheetName, .duplicateSheetName: "bad-sheet-name"
        }
    }
}
