import OfficeDocuments
import Testing

/// How the Word reader finds its parts and matches namespaces, and how the writer's files read back.
struct WordPackageTests {
    typealias T = TestPackages

    /// The same body under another prefix, the default namespace, and Strict OOXML's URI.
    @Test(arguments: [
        "<ns0:document xmlns:ns0=\"\(TestPackages.w)\"><ns0:body><ns0:p><ns0:r><ns0:t>甲</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>",
        "<document xmlns=\"\(TestPackages.w)\"><body><p><r><t>甲</t></r></p></body></document>",
        TestPackages.wordDocument(TestPackages.p("甲"), namespace: TestPackages.strictW),
    ])
    func matchesElementsByNamespaceNotPrefix(document: String) throws {
        let docx = T.zip([("_rels/.rels", T.packageRels(main: "word/document.xml")), ("word/document.xml", document)])
        #expect(try WordDocumentReader.read(docx).paragraphs.map(\.text) == ["甲"])
    }

    @Test func elementsOfOtherNamespacesAreNotWordText() throws {
        let document = T.wordDocument("<w:p><w:r><x:t xmlns:x=\"urn:other\">不是</x:t><w:t>是</w:t></w:r></w:p>")
        let docx = T.zip([("word/document.xml", document)])
        #expect(try WordDocumentReader.read(docx).paragraphs.map(\.text) == ["是"])
    }

    @Test func findsTheMainPartThroughRelationshipsAndNeverReadsHeadersOrComments() throws {
        let rels =
            T.declaration + "<Relationships xmlns=\"\(T.packageRelationships)\"><Relationship Id=\"rId1\" "
            + "Type=\"\(T.r)/styles\" Target=\"/custom/s.xml\"/><Relationship Id=\"rId2\" "
            + "Type=\"\(T.r)/header\" Target=\"header1.xml\"/></Relationships>"
        let docx = T.zip([
            ("_rels/.rels", T.packageRels(main: "/custom/main.xml")),
            ("custom/main.xml", T.wordDocument(WordDocumentReaderTests.styled("正文", "H"))),
            ("custom/_rels/main.xml.rels", rels),
            (
                "custom/s.xml",
                "<w:styles xmlns:w=\"\(T.w)\"><w:style w:type=\"paragraph\" w:styleId=\"H\"><w:name w:val=\"heading 2\"/>"
                    + "</w:style></w:styles>"
            ),
            // Broken on purpose: reading any of these would fail the test.
            ("custom/header1.xml", "<w:hdr"), ("word/comments.xml", "<"), ("word/footer1.xml", "<"),
        ])
        let paragraph = try WordDocumentReader.read(docx).paragraphs[0]
        #expect(paragraph.text == "正文" && paragraph.styleName == "heading 2")
    }

    @Test func fallsBackToWordDocumentXML() throws {
        let docx = T.zip([("word/document.xml", T.wordDocument(T.p("甲")))])
        #expect(try WordDocumentReader.read(docx).paragraphs.map(\.text) == ["甲"])
    }

    @Test(arguments: [
        (
            TestPackages.zip([("xl/workbook.xml", "<workbook/>")]),
            OfficeDocumentError.unexpectedRoot(part: "xl/workbook.xml", found: "workbook", expected: "w:document")
        ),
        (TestPackages.zip([("a.txt", "")]), .missingPart("word/document.xml")),
        (
            TestPackages.zip([("word/document.xml", "<w:document xmlns:w=\"\(TestPackages.w)\"><w:body>")]),
            .xml(part: "word/document.xml", XMLError(offset: 91, problem: .unexpectedEnd(expected: "</w:body>")))
        ),
    ])
    func refusesWhatIsNotAWordDocument(docx: [UInt8], expected: OfficeDocumentError) {
        #expect(throws: expected) { try WordDocumentReader.read(docx) }
    }

    @Test func writtenDocumentsReadBack() throws {
        var writer = WordDocumentWriter()
        writer.addParagraph("第一部分 单选题", style: .heading1)
        writer.addParagraph("1. 下列 <说法> & \"正确\"的是\n A.甲\tB.乙", bold: true)
        writer.addParagraph("小节", style: .heading2)
        writer.addParagraph("")
        writer.addTable([["题号", "答案"], ["1"]])
        let bytes = try writer.bytes()
        #expect(try writer.bytes() == bytes)
        let document = try WordDocumentReader.read(bytes)
        #expect(
            document.paragraphs.map(\.text) == [
                "第一部分 单选题", "1. 下列 <说法> & \"正确\"的是\n A.甲\tB.乙", "小节", "", "题号", "答案", "1", "", "",
            ])
        #expect(document.paragraphs.map(\.outlineLevel) == [0, nil, 1, nil, nil, nil, nil, nil, nil])
        #expect(document.paragraphs[0].styleName == "heading 1")
        guard case .table(let table) = document.blocks[4] else {
            Issue.record("no table")
            return
        }
        #expect(table.rows.map { $0.cells.map(\.text) } == [["题号", "答案"], ["1", ""]])
    }
}
