/// Writes a minimal .docx that Word, WPS and LibreOffice open: paragraphs (plain, bold, headings)
/// and simple tables, with the same bytes for the same content.
///
/// The package holds only what Word needs: content types, relationships, `word/document.xml` and a
/// `word/styles.xml` with Normal, Heading 1 and Heading 2 (outline levels 0 and 1). "\n" in a
/// text becomes a line break, "\t" a tab. A table that would end the document is followed by an
/// empty paragraph, because Word requires the body to end with one.
///
/// ```swift
/// var writer = WordDocumentWriter()
/// writer.addParagraph("第一部分 单选题", style: .heading1)
/// writer.addParagraph("1. 下列说法正确的是（ ）")
/// writer.addTable([["题号", "答案"], ["1", "A"]])
/// let docx = try writer.bytes()
/// ```
public struct WordDocumentWriter: Sendable {
    /// The paragraph styles the writer defines.
    public enum Style: Sendable, Hashable {
        case normal
        case heading1
        case heading2

        var id: String? {
            switch self {
            case .normal: nil
            case .heading1: "Heading1"
            case .heading2: "Heading2"
            }
        }
    }

    /// What the body holds, in order.
    public enum Block: Sendable, Hashable {
        case paragraph(String, style: Style, bold: Bool)
        /// Rows of cell texts; rows may differ in length (the grid is as wide as the longest row).
        case table([[String]])
    }

    /// Text width of an A4 page with 2.54 cm margins, in twentieths of a point.
    static let textWidth = 9026

    public var blocks: [Block]

    public init(blocks: [Block] = []) {
        self.blocks = blocks
    }

    public mutating func addParagraph(_ text: String, style: Style = .normal, bold: Bool = false) {
        blocks.append(.paragraph(text, style: style, bold: bold))
    }

    public mutating func addTable(_ rows: [[String]]) {
        blocks.append(.table(rows))
    }

    /// The .docx file.
    public func bytes() throws(OfficeDocumentError) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(WordPackageParts.contentTypes.utf8))
        zip.add("_rels/.rels", Array(WordPackageParts.packageRelationships.utf8))
        zip.add("word/document.xml", Array(documentXML().utf8))
        zip.add("word/_rels/document.xml.rels", Array(WordPackageParts.documentRelationships.utf8))
        zip.add("word/styles.xml", Array(WordPackageParts.styles.utf8))
        return try zip.bytes()
    }

    /// `word/document.xml`.
    func documentXML() -> String {
        var xml = WordPackageParts.declaration + "<w:document xmlns:w=\"\(OOXMLNamespace.wordprocessingML)\"><w:body>"
        for block in blocks {
            switch block {
            case .paragraph(let text, let style, let bold): xml += paragraph(text, style: style, bold: bold)
            case .table(let rows): xml += table(rows)
            }
        }
        if case .table = blocks.last { xml += "<w:p/>" }
        xml += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\""
        xml += " w:bottom=\"1440\" w:left=\"1440\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>"
        return xml + "</w:body></w:document>"
    }

    private func paragraph(_ text: String, style: Style, bold: Bool) -> String {
        var xml = "<w:p>"
        if let id = style.id { xml += "<w:pPr><w:pStyle w:val=\"\(id)\"/></w:pPr>" }
        let properties = bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            xml += "<w:r>" + properties
            if index > 0 { xml += "<w:br/>" }
            for (piece, segment) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if piece > 0 { xml += "<w:tab/>" }
                if !segment.isEmpty {
                    xml += "<w:t xml:space=\"preserve\">\(XMLEscaping.escaped(String(segment)))</w:t>"
                }
            }
            xml += "</w:r>"
        }
        return xml + "</w:p>"
    }

    private func table(_ rows: [[String]]) -> String {
        let columns = max(1, rows.map(\.count).max() ?? 1)
        let width = Self.textWidth / columns
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(width * columns)\" w:type=\"dxa\"/><w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
        }
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
        xml += String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: columns) + "</w:tblGrid>"
        for row in rows.isEmpty ? [[]] : rows {
            xml += "<w:tr>"
            for column in 0..<columns {
                let text = column < row.count ? row[column] : ""
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                xml += paragraph(text, style: .normal, bold: false) + "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }
}
