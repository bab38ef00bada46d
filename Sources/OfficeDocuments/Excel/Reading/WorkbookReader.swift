/// Reads the cell text of an .xlsx: every worksheet in the workbook's order, hidden ones marked.
///
/// The workbook part is found through `_rels/.rels` (falling back to `xl/workbook.xml`), the sheets
/// and shared strings through its relationships. Styles, themes, drawings, comments and the rest
/// are never read; dates are not recognised (a date cell reads as its serial number).
///
/// ```swift
/// let workbook = try WorkbookReader.read(bytes)
/// for row in workbook.sheets[0].rows { print(row.number, row.cells.map(\.text)) }
/// ```
public enum WorkbookReader {
    /// Reads `bytes`, an .xlsx (or .xlsm); refuses an .xls, a damaged file or a Word document.
    public static func read(_ bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(OfficeDocumentError) -> Workbook {
        let package = try OfficePackage(bytes: bytes, limits: limits)
        let fallback = "xl/workbook.xml"
        var main = try package.target(of: "", kind: "officeDocument") ?? fallback
        if try package.part(main) == nil { main = fallback }
        guard let workbookBytes = try package.part(main) else {
            if package.archive.entry(named: "word/document.xml") != nil {
                throw .unexpectedRoot(part: "word/document.xml", found: "w:document", expected: "workbook")
            }
            throw .missingPart(main)
        }
        var reader = PartReader(part: main, bytes: workbookBytes)
        let entries = try sheetEntries(&reader)
        let relationships = try package.relationships(of: main)
        var sharedStrings: [String] = []
        let stringsPart =
            relationships.first { $0.kind == "sharedStrings" }?.target ?? OfficePackage.folder(of: main)
            + "sharedStrings.xml"
        if let stringsBytes = try package.part(stringsPart) {
            var stringsReader = PartReader(part: stringsPart, bytes: stringsBytes)
            sharedStrings = try SharedStringsReader.read(&stringsReader)
        }
        var sheets: [WorkbookSheet] = []
        for entry in entries {
            guard let target = relationships.first(where: { $0.id == entry.relationship })?.target else {
                throw .missingRelationship(part: main, id: entry.relationship)
            }
            guard let sheetBytes = try package.part(target) else { throw .missingPart(target) }
            var worksheet = WorksheetReader(
                reader: PartReader(part: target, bytes: sheetBytes), sharedStrings: sharedStrings)
            sheets.append(WorkbookSheet(name: entry.name, isHidden: entry.isHidden, rows: try worksheet.rows()))
        }
        return Workbook(sheets: sheets)
    }

    /// The `sheet` elements of the workbook part, in order; refuses a part that is not a workbook.
    private static func sheetEntries(_ reader: inout PartReader) throws(OfficeDocumentError)
        -> [(name: String, isHidden: Bool, relationship: String)]
    {
        var entries: [(name: String, isHidden: Bool, relationship: String)] = []
        var sawRoot = false
        while let token = try reader.next() {
            guard case .start(let tag) = token else { continue }
            if !sawRoot {
                sawRoot = true
                guard tag.name.localName == "workbook" && tag.name.isSpreadsheetML else {
                    throw .unexpectedRoot(part: reader.part, found: tag.name.qualifiedName, expected: "workbook")
                }
            }
            guard tag.name.isSpreadsheetML, tag.name.localName == "sheet" else { continue }
            let relationship = tag.attributes.first { $0.name.localName == "id" && $0.name.isOfficeRelationships }
            let state = tag.attribute("state")
            entries.append(
                (tag.attribute("name") ?? "", state == "hidden" || state == "veryHidden", relationship?.value ?? ""))
        }
        return entries
    }
}
