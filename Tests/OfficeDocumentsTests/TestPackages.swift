import OfficeDocuments

/// Builds the test documents from literal XML with the package's own ZIP writer, so every test is
/// self-contained and readable.
enum TestPackages {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strictW = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let s = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// A ZIP of `parts` (name, text), deflated unless `stored`.
    static func zip(_ parts: [(String, String)], method: ZipEntry.Method = .deflated) -> [UInt8] {
        var writer = ZipWriter()
        for (name, text) in parts { writer.add(name, Array(text.utf8), method: method) }
        return try! writer.bytes()
    }

    /// `_rels/.rels` pointing to `main` as the office document.
    static func packageRels(main: String) -> String {
        declaration + "<Relationships xmlns=\"\(packageRelationships)\"><Relationship Id=\"rId1\" "
            + "Type=\"\(r)/officeDocument\" Target=\"\(main)\"/></Relationships>"
    }

    /// A `w:document` whose body is `body`, with `w:` bound to `namespace`.
    static func wordDocument(_ body: String, namespace: String = w) -> String {
        declaration + "<w:document xmlns:w=\"\(namespace)\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">"
            + "<w:body>\(body)</w:body></w:document>"
    }

    /// A .docx with the given body and optional styles, numbering and other parts.
    static func docx(
        body: String, styles: String? = nil, numbering: String? = nil, extra: [(String, String)] = []
    ) -> [UInt8] {
        var parts = [
            ("_rels/.rels", packageRels(main: "word/document.xml")), ("word/document.xml", wordDocument(body)),
        ]
        if let styles {
            parts.append(("word/styles.xml", declaration + "<w:styles xmlns:w=\"\(w)\">\(styles)</w:styles>"))
        }
        if let numbering {
            parts.append(
                ("word/numbering.xml", declaration + "<w:numbering xmlns:w=\"\(w)\">\(numbering)</w:numbering>"))
        }
        return zip(parts + extra)
    }

    /// Reads `body` as a .docx and gives its paragraphs' texts.
    static func texts(_ body: String, styles: String? = nil, numbering: String? = nil) throws -> [String] {
        try WordDocumentReader.read(docx(body: body, styles: styles, numbering: numbering)).paragraphs.map(\.text)
    }

    /// A paragraph of one run of `text`.
    static func p(_ text: String, properties: String = "") -> String {
        "<w:p>\(properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>")<w:r><w:t>\(text)</w:t></w:r></w:p>"
    }
}
