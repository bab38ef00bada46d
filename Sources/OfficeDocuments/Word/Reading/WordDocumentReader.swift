/// Reads the body text of a .docx: paragraphs and tables in document order, with list labels.
///
/// The main part is found through `_rels/.rels` (the officeDocument relationship, falling back to
/// `word/document.xml`); its styles and numbering parts through its own relationships. Nothing else
/// is read: headers, footers, footnotes, endnotes and comments never leave the ZIP.
///
/// What the text contains:
/// - runs' `w:t` joined; `w:tab` and `w:ptab` as "\t"; `w:noBreakHyphen` as "-"; `w:softHyphen`
///   and `w:sym` (a symbol-font glyph) left out;
/// - a new line at every `w:br` (text wrapping, column and page breaks alike: each ends a line of
///   the page) and `w:cr`;
/// - inserted revisions (`w:ins`, `w:moveTo`), hyperlinks, content controls (`w:sdt`), smart tags
///   and custom XML read as their content; deleted ones (`w:del`, `w:moveFrom`) left out;
/// - fields show their result, except page numbers and counts (PAGE, NUMPAGES, SECTIONPAGES,
///   PAGEREF, SECTION), whose results are left out; field instructions always are;
/// - drawings, VML pictures, embedded objects, text boxes, equations (`m:oMath`) and ruby text left
///   out, and of `mc:AlternateContent` only the first `mc:Choice` is read;
/// - a nested table's paragraphs join the enclosing cell, row by row.
///
/// ```swift
/// let document = try WordDocumentReader.read(bytes)
/// for paragraph in document.paragraphs { print(paragraph.number, paragraph.numbering?.label ?? "", paragraph.text) }
/// ```
public enum WordDocumentReader {
    /// Reads `bytes`, a .docx (or .docm, .dotx); refuses a .doc, a damaged file or an Excel workbook.
    public static func read(_ bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(OfficeDocumentError)
        -> WordDocument
    {
        let package = try OfficePackage(bytes: bytes, limits: limits)
        let fallback = "word/document.xml"
        var main = try package.target(of: "", kind: "officeDocument") ?? fallback
        var documentBytes = try package.part(main)
        if documentBytes == nil && main != fallback {
            main = fallback
            documentBytes = try package.part(fallback)
        }
        guard let documentBytes else {
            if package.archive.entry(named: "xl/workbook.xml") != nil {
                throw .unexpectedRoot(part: "xl/workbook.xml", found: "workbook", expected: "w:document")
            }
            throw .missingPart(main)
        }
        let folder = OfficePackage.folder(of: main)
        var styles = WordStyleSheet()
        if var reader = try part(in: package, of: main, kind: "styles", orElse: folder + "styles.xml") {
            styles = try WordStyleSheet(reading: &reader)
        }
        var numbering = WordNumberingDefinitions()
        if var reader = try part(in: package, of: main, kind: "numbering", orElse: folder + "numbering.xml") {
            numbering = try WordNumberingDefinitions(reading: &reader)
        }
        var body = WordBodyReader(
            reader: PartReader(part: main, bytes: documentBytes), styles: styles, numbering: numbering)
        return WordDocument(blocks: try body.read())
    }

    /// A reader for the part `main` relates to by `kind`, or the conventional name, nil when absent.
    private static func part(
        in package: OfficePackage, of main: String, kind: String, orElse conventional: String
    ) throws(OfficeDocumentError) -> PartReader? {
        let name = try package.target(of: main, kind: kind) ?? conventional
        if let bytes = try package.part(name) { return PartReader(part: name, bytes: bytes) }
        guard let bytes = try package.part(conventional) else { return nil }
        return PartReader(part: conventional, bytes: bytes)
    }
}
