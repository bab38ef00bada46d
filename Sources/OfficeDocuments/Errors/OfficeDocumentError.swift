/// Why a .docx or .xlsx could not be read or written, naming the part and the place.
///
/// Every case says enough for an organiser to act: which entry or part, at which byte offset, which
/// limit. `message(chinese:)` renders it; the question bank layer picks the language.
public enum OfficeDocumentError: Error, Sendable, Hashable {
    /// The bytes start with the OLE2 signature of a Word 97–2003 .doc or Excel 97–2003 .xls.
    case legacyOfficeFormat
    /// No ZIP end record: not a .docx or .xlsx at all.
    case notZip
    /// The archive ends before the record or data that should be at `offset`.
    case truncated(entry: String?, offset: Int)
    /// The central directory has no entry signature at `offset`.
    case badCentralDirectory(offset: Int)
    /// The entry's local header is missing at `offset`.
    case badLocalHeader(entry: String, offset: Int)
    /// An archive split over several disks.
    case spannedArchive
    /// A ZIP64 archive or entry (over 4 GiB or 65,535 entries), which no question bank needs.
    case zip64(entry: String?)
    case tooManyEntries(count: Int, limit: Int)
    /// The entry is encrypted: the document is password-protected.
    case encryptedEntry(String)
    case unsupportedMethod(entry: String, method: Int)
    case entryTooLarge(entry: String, size: Int, limit: Int)
    case archiveTooLarge(size: Int, limit: Int)
    /// A large entry compressed more than real documents ever are: a zip bomb.
    case compressionRatioTooHigh(entry: String, compressed: Int, uncompressed: Int, limit: Int)
    /// The compressed data at `offset` is not valid DEFLATE.
    case corruptData(entry: String, offset: Int)
    case crcMismatch(entry: String, expected: UInt32, actual: UInt32)
    /// The entry holds fewer or more bytes than its directory entry declares.
    case sizeMismatch(entry: String, declared: Int, actual: Int)
    /// The entry inflates past its declared size; inflating stopped there.
    case inflatesBeyondDeclaredSize(entry: String, declared: Int)
    /// A part the document cannot do without, such as `word/document.xml`.
    case missingPart(String)
    /// A relationship id that `part` uses and its relationships do not define.
    case missingRelationship(part: String, id: String)
    /// The main part's root is not what the reader expects: an Excel file given as Word, or the reverse.
    case unexpectedRoot(part: String, found: String, expected: String)
    /// A part that is not well-formed XML.
    case xml(part: String, XMLError)
    /// A cell reference (`r="G3"`) that is not a column and row inside Excel's grid.
    case badCellReference(part: String, reference: String, offset: Int)
    /// A shared-string cell whose index is not in `xl/sharedStrings.xml`.
    case badSharedStringIndex(part: String, index: String, offset: Int)
    /// A sheet name Excel would refuse: empty, over 31 characters, or with one of `[]:*?/\`.
    case invalidSheetName(String)
    case duplicateSheetName(String)

    /// The message for the organiser, in Chinese or English.
    public func message(chinese: Bool) -> String {
        chinese ? chineseMessage : englishMessage
    }
}
