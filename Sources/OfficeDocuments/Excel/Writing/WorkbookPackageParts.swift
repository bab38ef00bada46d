/// The parts of every .xlsx the writer makes other than the worksheets.
enum WorkbookPackageParts {
    static let declaration = WordPackageParts.declaration
    static let relationshipType = WordPackageParts.officeRelationshipType
    static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    static func contentTypes(sheetCount: Int) -> String {
        var xml =
            declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(mediaType).sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(mediaType).styles+xml\"/>"
        for index in 1...sheetCount {
            xml +=
                "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(mediaType).worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    static let packageRelationships =
        declaration + "<Relationships xmlns=\"\(OOXMLNamespace.packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipType)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    static func workbook(names: [String]) -> String {
        var xml =
            declaration + "<workbook xmlns=\"\(OOXMLNamespace.spreadsheetML)\" "
            + "xmlns:r=\"\(OOXMLNamespace.officeRelationships)\"><sheets>"
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(XMLEscaping.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(OOXMLNamespace.packageRelationships)\">"
        for index in 1...sheetCount {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"\(relationshipType)/worksheet\" "
            xml += "Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipType)/styles\" Target=\"styles.xml\"/>"
        return xml + "</Relationships>"
    }

    /// Two fonts (regular, bold) and two cell formats using them; the two fills Excel requires.
    static let styles =
        declaration + "<styleSheet xmlns=\"\(OOXMLNamespace.spreadsheetML)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
