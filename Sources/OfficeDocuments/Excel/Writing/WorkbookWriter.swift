/// Writes an .xlsx of text cells that Excel, WPS, LibreOffice and openpyxl open, with the same bytes
/// for the same content.
///
/// Cells are inline strings (no shared-string table to keep in step), empty texts are left out, and
/// each sheet's first row can be bold. A workbook needs a sheet, so one without any gets an empty
/// "Sheet1". Sheet names follow Excel's rules (1–31 characters, none of `[ ] : * ? / \`, no quote at
/// either end, unique ignoring case) or `bytes()` refuses them.
///
/// ```swift
/// var writer = WorkbookWriter()
/// writer.addSheet("成绩", rows: [["队伍", "得分"], ["一队", "90"]], columnWidths: [20, 10])
/// let xlsx = try writer.bytes()
/// ```
public struct WorkbookWriter: Sendable {
    /// One worksheet to write.
    public struct Sheet: Sendable, Hashable {
        public var name: String
        public var rows: [[String]]
        /// Widths of the first columns in Excel's units (characters of the default font); optional.
        public var columnWidths: [Double]
        public var boldHeader: Bool

        public init(name: String, rows: [[String]], columnWidths: [Double] = [], boldHeader: Bool = true) {
            self.name = name
            self.rows = rows
            self.columnWidths = columnWidths
            self.boldHeader = boldHeader
        }
    }

    public var sheets: [Sheet]

    public init(sheets: [Sheet] = []) {
        self.sheets = sheets
    }

    public mutating func addSheet(
        _ name: String, rows: [[String]], columnWidths: [Double] = [], boldHeader: Bool = true
    ) {
        sheets.append(Sheet(name: name, rows: rows, columnWidths: columnWidths, boldHeader: boldHeader))
    }

    /// The .xlsx file, or the sheet name Excel would refuse.
    public func bytes() throws(OfficeDocumentError) -> [UInt8] {
        let written = sheets.isEmpty ? [Sheet(name: "Sheet1", rows: [])] : sheets
        var seen: Set<String> = []
        for sheet in written {
            let name = sheet.name
            let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
            guard (1...31).contains(name.count), !name.contains(where: forbidden.contains), !name.hasPrefix("'"),
                !name.hasSuffix("'")
            else { throw .invalidSheetName(name) }
            guard seen.insert(name.lowercased()).inserted else { throw .duplicateSheetName(name) }
        }
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(WorkbookPackageParts.contentTypes(sheetCount: written.count).utf8))
        zip.add("_rels/.rels", Array(WorkbookPackageParts.packageRelationships.utf8))
        zip.add("xl/workbook.xml", Array(WorkbookPackageParts.workbook(names: written.map(\.name)).utf8))
        zip.add(
            "xl/_rels/workbook.xml.rels",
            Array(WorkbookPackageParts.workbookRelationships(sheetCount: written.count).utf8))
        zip.add("xl/styles.xml", Array(WorkbookPackageParts.styles.utf8))
        for (index, sheet) in written.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", Array(Self.worksheet(sheet).utf8))
        }
        return try zip.bytes()
    }

    static func worksheet(_ sheet: Sheet) -> String {
        var xml = WordPackageParts.declaration + "<worksheet xmlns=\"\(OOXMLNamespace.spreadsheetML)\">"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in sheet.columnWidths.enumerated() {
                let shown = width.isFinite ? max(0, min(width, 255)) : 8.43
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(shown)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.prefix(CellReference.maximumRow).enumerated() {
            let number = rowIndex + 1
            let style = sheet.boldHeader && rowIndex == 0 ? " s=\"1\"" : ""
            var cells = ""
            for (columnIndex, text) in row.prefix(CellReference.maximumColumn).enumerated() where !text.isEmpty {
                let reference = WorkbookCell.columnName(columnIndex + 1) + "\(number)"
                cells += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                cells += XMLEscaping.escaped(text) + "</t></is></c>"
            }
            if !cells.isEmpty { xml += "<row r=\"\(number)\">" + cells + "</row>" }
        }
        return xml + "</sheetData></worksheet>"
    }
}
