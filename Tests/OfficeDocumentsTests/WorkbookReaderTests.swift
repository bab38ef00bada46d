import OfficeDocuments
import Testing

struct WorkbookReaderTests {
    typealias T = TestPackages

    static let workbook = """
        <workbook xmlns="\(T.s)" xmlns:r="\(T.r)"><sheets>\
        <sheet name="单选题" sheetId="1" r:id="rId1"/><sheet name="答案" sheetId="2" state="hidden" r:id="rId3"/>\
        <sheet name="说明" sheetId="3" r:id="rId2"/></sheets></workbook>
        """
    static let relationships = """
        <Relationships xmlns="\(T.packageRelationships)">\
        <Relationship Id="rId1" Type="\(T.r)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(T.r)/worksheet" Target="/xl/worksheets/sheet3.xml"/>\
        <Relationship Id="rId3" Type="\(T.r)/worksheet" Target="worksheets/../worksheets/sheet2.xml"/>\
        <Relationship Id="rId4" Type="\(T.r)/sharedStrings" Target="sharedStrings.xml"/></Relationships>
        """
    static let sharedStrings = """
        <sst xmlns="\(T.s)" count="3" uniqueCount="3"><si><t>题目</t></si>\
        <si><r><rPr><b/></rPr><t>下列</t></r><r><t xml:space="preserve">关于 </t></r>\
        <rPh sb="0" eb="1"><t>かな</t></rPh><phoneticPr fontId="1"/></si><si><t>行一_x000D_
        行二</t></si></sst>
        """

    static func xlsx(sheets: [String], workbook: String = workbook, strings: String = sharedStrings) -> [UInt8] {
        var parts = [
            ("_rels/.rels", T.packageRels(main: "xl/workbook.xml")), ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", relationships), ("xl/sharedStrings.xml", strings),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(
                (
                    "xl/worksheets/sheet\(index + 1).xml",
                    "<worksheet xmlns=\"\(T.s)\"><sheetData>\(sheet)</sheetData></worksheet>"
                ))
        }
        return T.zip(parts)
    }

    static func cells(_ sheetData: String) throws -> [String] {
        let workbook = try WorkbookReader.read(xlsx(sheets: [sheetData, "", ""]))
        return workbook.sheets[0].rows.flatMap { row in
            row.cells.map { "\(WorkbookCell.columnName($0.column))\(row.number)=\($0.text)" }
        }
    }

    @Test func readsSheetsInWorkbookOrderAndMarksHiddenOnes() throws {
        let workbook = try WorkbookReader.read(
            Self.xlsx(sheets: [
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>",
                "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>A</t></is></c></row>",
                "<row r=\"1\"><c r=\"A1\"><v>3</v></c></row>",
            ]))
        #expect(workbook.sheets.map(\.name) == ["单选题", "答案", "说明"])
        #expect(workbook.sheets.map(\.isHidden) == [false, true, false])
        // The second sheet is rId3, sheet2.xml, reached through a "..": the workbook's order counts.
        #expect(workbook.sheets.map { $0.rows.first?.cells.first?.text } == ["题目", "A", "3"])
    }

    @Test(arguments: [
        (
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>",
            ["A1=下列关于 ", "C1=行一\r\n行二"]
        ),
        (
            "<row r=\"3\"><c r=\"G3\" t=\"inlineStr\"><is><t>内联</t></is></c><c r=\"H3\" t=\"inlineStr\"><is><r><t>富</t></r>"
                + "<r><t>文本</t></r></is></c></row>",
            ["G3=内联", "H3=富文本"]
        ),
        (
            "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>A1&amp;\"x\"</f><v>题x</v></c><c r=\"B2\" t=\"b\"><v>1</v></c>"
                + "<c r=\"C2\" t=\"b\"><v>0</v></c><c r=\"D2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>",
            ["A2=题x", "B2=TRUE", "C2=FALSE", "D2=#DIV/0!"]
        ),
        (
            "<row><c><v>1</v></c><c><v>2.5</v></c><c r=\"E1\"><v>1E-3</v></c><c><v>4.0</v></c></row>"
                + "<row><c t=\"n\"><v>-0.1</v></c></row>",
            ["A1=1", "B1=2.5", "E1=0.001", "F1=4", "A2=-0.1"]
        ),
        ("<row r=\"5\"><c r=\"A5\"/><c r=\"B5\" t=\"s\"/><c r=\"C5\" t=\"inlineStr\"><is><t></t></is></c></row>", []),
        ("<row r=\"1\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>角</t></is></c></row>", ["XFD1=角"]),
    ])
    func readsEachCellTypeAsExcelShowsIt(sheetData: String, expected: [String]) throws {
        #expect(try Self.cells(sheetData) == expected)
    }

    @Test(arguments: [
        ("1", "1"), ("2.5", "2.5"), ("1E-3", "0.001"), ("1e-05", "0.00001"), ("-0", "0"), ("100", "100"),
        ("0.30000000000000004", "0.30000000000000004"), ("0.1000000000000000055511151231257827", "0.1"),
        ("123456789012345", "123456789012345"), ("1234567890123456789", "1234567890123456800"),
        ("1.5E+20", "150000000000000000000"), ("1.5E+21", "1.5E+21"), ("1E-11", "1E-11"), ("3.14159", "3.14159"),
        ("44927", "44927"), (" 7 ", "7"), ("abc", "abc"), ("-12.50", "-12.5"),
    ])
    func rendersNumbersLikeTheGeneralFormat(stored: String, shown: String) throws {
        #expect(try Self.cells("<row r=\"1\"><c r=\"A1\"><v>\(stored)</v></c></row>") == ["A1=\(shown)"])
    }

    @Test(arguments: [
        (
            "<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>",
            OfficeDocumentError.badCellReference(part: "xl/worksheets/sheet1.xml", reference: "1A", offset: 99)
        ),
        (
            "<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>",
            .badCellReference(part: "xl/worksheets/sheet1.xml", reference: "XFE1", offset: 99)
        ),
        ("<row r=\"0\"/>", .badCellReference(part: "xl/worksheets/sheet1.xml", reference: "0", offset: 88)),
        (
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>",
            .badSharedStringIndex(part: "xl/worksheets/sheet1.xml", index: "3", offset: 99)
        ),
    ])
    func refusesBadReferencesNamingThePlace(sheetData: String, expected: OfficeDocumentError) {
        #expect(throws: expected) { try WorkbookReader.read(Self.xlsx(sheets: [sheetData, "", ""])) }
    }

    @Test func refusesAWordDocumentAndAMissingSheet() {
        let docx = T.docx(body: T.p("甲"))
        #expect(
            throws: OfficeDocumentError.unexpectedRoot(
                part: "xl/workbook.xml", found: "w:document", expected: "workbook")
        ) {
            try WorkbookReader.read(
                T.zip([
                    ("_rels/.rels", T.packageRels(main: "xl/workbook.xml")), ("xl/workbook.xml", T.wordDocument("")),
                ]))
        }
        #expect(
            throws: OfficeDocumentError.unexpectedRoot(
                part: "word/document.xml", found: "w:document", expected: "workbook")
        ) {
            try WorkbookReader.read(docx)
        }
        #expect(throws: OfficeDocumentError.missingPart("xl/worksheets/sheet3.xml")) {
            try WorkbookReader.read(Self.xlsx(sheets: ["", ""]))
        }
    }

    @Test func readsStrictWorkbooks() throws {
        let strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
        let strictR = "http://purl.oclc.org/ooxml/officeDocument/relationships"
        let workbook =
            "<x:workbook xmlns:x=\"\(strict)\" xmlns:rel=\"\(strictR)\"><x:sheets><x:sheet name=\"S\" sheetId=\"1\" rel:id=\"rId1\"/></x:sheets></x:workbook>"
        let rels =
            "<Relationships xmlns=\"\(T.packageRelationships)\"><Relationship Id=\"rId1\" Type=\"\(strictR)/worksheet\" Target=\"sheet.xml\"/></Relationships>"
        let sheet =
            "<worksheet xmlns=\"\(strict)\"><sheetData><row r=\"1\"><c r=\"B1\" t=\"inlineStr\"><is><t>严格</t></is></c></row></sheetData></worksheet>"
        let bytes = T.zip([
            ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels), ("xl/sheet.xml", sheet),
        ])
        let read = try WorkbookReader.read(bytes)
        #expect(
            read.sheets == [
                WorkbookSheet(name: "S", rows: [WorkbookRow(number: 1, cells: [WorkbookCell(column: 2, text: "严格")])])
            ])
    }

    @Test func writtenWorkbooksReadBack() throws {
        var writer = WorkbookWriter()
        writer.addSheet("成绩", rows: [["队伍", "得分"], ["一队 ", "", "<&>\"\r\n"], [], ["三"]], columnWidths: [20, 8.5])
        writer.addSheet("空", rows: [], boldHeader: false)
        let bytes = try writer.bytes()
        #expect(try writer.bytes() == bytes)
        let workbook = try WorkbookReader.read(bytes)
        #expect(
            workbook.sheets == [
                WorkbookSheet(
                    name: "成绩",
                    rows: [
                        WorkbookRow(
                            number: 1,
                            cells: [WorkbookCell(column: 1, text: "队伍"), WorkbookCell(column: 2, text: "得分")]),
                        WorkbookRow(
                            number: 2,
                            cells: [WorkbookCell(column: 1, text: "一队 "), WorkbookCell(column: 3, text: "<&>\"\r\n")]),
                        WorkbookRow(number: 4, cells: [WorkbookCell(column: 1, text: "三")]),
                    ]),
                WorkbookSheet(name: "空", rows: []),
            ])
    }

    @Test(arguments: [
        ("", OfficeDocumentError.invalidSheetName("")), ("a/b", .invalidSheetName("a/b")),
        ("'x", .invalidSheetName("'x")),
        (String(repeating: "长", count: 32), .invalidSheetName(String(repeating: "长", count: 32))),
    ])
    func refusesSheetNamesExcelWouldRefuse(name: String, expected: OfficeDocumentError) {
        #expect(throws: expected) { try WorkbookWriter(sheets: [.init(name: name, rows: [])]).bytes() }
    }

    @Test func refusesDuplicateSheetNamesIgnoringCase() {
        let writer = WorkbookWriter(sheets: [.init(name: "Sheet", rows: []), .init(name: "sheet", rows: [])])
        #expect(throws: OfficeDocumentError.duplicateSheetName("sheet")) { try writer.bytes() }
    }

    @Test func columnNames() {
        #expect(
            [1, 26, 27, 52, 53, 702, 703, 16384].map(WorkbookCell.columnName) == [
                "A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD",
            ])
    }
}
