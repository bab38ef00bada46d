/// The fixed parts of every .docx the writer makes: content types, relationships and styles.
enum WordPackageParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let officeRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes =
        declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\""
        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\""
        + "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>"

    static let packageRelationships =
        declaration + "<Relationships xmlns=\"\(OOXMLNamespace.packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationshipType)/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>"

    static let documentRelationships =
        declaration + "<Relationships xmlns=\"\(OOXMLNamespace.packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelationshipType)/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>"

    static let styles =
        declaration + "<w:styles xmlns:w=\"\(OOXMLNamespace.wordprocessingML)\"><w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:ascii=\"Calibri\" w:eastAsia=\"SimSun\" w:hAnsi=\"Calibri\" w:cs=\"Times New Roman\"/>"
        + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr>"
        + "</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
        + "</w:style>" + heading(1, size: 32) + heading(2, size: 28) + "</w:styles>"

    private static func heading(_ level: Int, size: Int) -> String {
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>"
            + "<w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr>"
            + "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>"
    }
}
