import OfficeDocuments
import Testing

struct WordDocumentReaderTests {
    typealias T = TestPackages

    /// Run-level markup and the text each paragraph must read as.
    @Test(arguments: [
        (
            "<w:p><w:r><w:t>下列</w:t></w:r><w:r><w:t xml:space=\"preserve\">关于 </w:t></w:r><w:r><w:t>说法</w:t></w:r></w:p>",
            ["下列关于 说法"]
        ),
        ("<w:p><w:r><w:t>A</w:t><w:br/><w:t>B</w:t><w:cr/><w:t>C</w:t></w:r></w:p>", ["A\nB\nC"]),
        ("<w:p><w:r><w:t>A</w:t><w:br w:type=\"page\"/><w:t>B</w:t></w:r></w:p>", ["A\nB"]),
        (
            "<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:noBreakHyphen/><w:t>C</w:t><w:softHyphen/></w:r></w:p>",
            ["A\tB-C"]
        ),
        ("<w:p/><w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr></w:p>", ["", ""]),
        (
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>粗</w:t></w:r><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r></w:p>",
            ["粗"]
        ),
        (
            "<w:p><w:ins w:id=\"1\"><w:r><w:t>新</w:t></w:r></w:ins><w:del w:id=\"2\"><w:r><w:delText>旧</w:delText></w:r></w:del></w:p>",
            ["新"]
        ),
        (
            "<w:p><w:moveFrom><w:r><w:t>走</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>来</w:t></w:r></w:moveTo></w:p>",
            ["来"]
        ),
        ("<w:p><w:hyperlink r:id=\"rId9\" xmlns:r=\"\(T.r)\"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>", ["链接"]),
        (
            "<w:sdt><w:sdtPr><w:alias w:val=\"标签\"/><w:text/></w:sdtPr><w:sdtContent>\(T.p("控件"))</w:sdtContent></w:sdt>",
            ["控件"]
        ),
        (
            "<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>正文</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
                + "<w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
            ["正文"]
        ),
        (
            "<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE "
                + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页</w:t></w:r></w:p>",
            ["第页"]
        ),
        (
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>DATE \\@ \"yyyy\"</w:instrText>"
                + "</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2024</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
            ["2024"]
        ),
        (
            "<w:p><w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>9</w:t></w:r></w:fldSimple>"
                + "<w:fldSimple w:instr=\"AUTHOR\"><w:r><w:t>张三</w:t></w:r></w:fldSimple></w:p>",
            ["张三"]
        ),
        (
            "<w:p><w:r><w:t>图</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
                + "\(T.p("框内"))</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v=\"urn:v\">"
                + "<w:txbxContent>\(T.p("备用"))</w:txbxContent></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
            ["图"]
        ),
        (
            "<w:p><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>选</w:t></w:r></mc:Choice>"
                + "<mc:Fallback><w:r><w:t>备</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>",
            ["选"]
        ),
        ("<w:p><w:r><w:t>x=</w:t></w:r><m:oMath><m:r><m:t>a</m:t></m:r></m:oMath></w:p>", ["x="]),
        (
            "<w:p><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhōng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>中</w:t></w:r>"
                + "</w:rubyBase></w:ruby></w:p>",
            ["中"]
        ),
        ("<w:p><w:r><w:t>前</w:t></w:r></w:p><w:sectPr><w:headerReference w:type=\"default\"/></w:sectPr>", ["前"]),
    ])
    func readsTheTextWordShows(body: String, expected: [String]) throws {
        #expect(try T.texts(body) == expected)
    }

    @Test func numbersEveryParagraphAndSplitsLines() throws {
        let document = try WordDocumentReader.read(
            T.docx(body: T.p("一") + "<w:p><w:r><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r></w:p>" + T.p("二")))
        #expect(document.paragraphs.map(\.number) == [1, 2, 3])
        #expect(document.paragraphs[1].lines == ["甲", "乙"])
    }

    static let numbering = """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>\
        <w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>\
        <w:lvlText w:val="（%2）"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/>\
        <w:lvlText w:val="%1.%2.%3"/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>\
        <w:lvlText w:val="%1、"/><w:pStyle w:val="Heading1"/></w:lvl></w:abstractNum>\
        <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>\
        </w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
        <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>\
        </w:lvlOverride></w:num>\
        <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>\
        <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/>\
        </w:lvlOverride></w:num>\
        <w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>
        """
    static let styles = """
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Question"><w:name w:val="题目"/><w:basedOn w:val="a3"/></w:style>
        """

    static func listed(_ text: String, _ numID: Int, _ level: Int) -> String {
        T.p(text, properties: "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>")
    }

    static func styled(_ text: String, _ style: String) -> String {
        T.p(text, properties: "<w:pStyle w:val=\"\(style)\"/>")
    }

    @Test func rendersListLabelsAsWordCountsThem() throws {
        let body = [
            Self.styled("单选题", "Heading1"),
            Self.listed("甲", 1, 0), Self.listed("乙", 1, 1), Self.listed("丙", 1, 1), Self.listed("丁", 1, 2),
            Self.listed("戊", 1, 0), Self.listed("己", 1, 1),
            T.p("无编号"),
            Self.styled("多选题", "Heading1"),
            Self.listed("重新", 2, 0), Self.listed("再", 2, 0),
            Self.listed("七", 4, 0),
            Self.styled("样式编号", "Question"), Self.styled("样式编号", "a3"),
            Self.listed("取消", 0, 0),
            Self.listed("点", 5, 0),
            Self.listed("未定义", 99, 0),
        ].joined()
        let document = try WordDocumentReader.read(T.docx(body: body, styles: Self.styles, numbering: Self.numbering))
        let labels = document.paragraphs.map { $0.numbering?.label }
        #expect(
            labels == [
                "一、", "1.", "（1）", "（2）", "1.2.A", "2.", "（1）", nil, "二、", "1.", "2.", "7.", "3.", "4.", nil, "•",
                nil,
            ])
        #expect(document.paragraphs[0].style == "Heading1")
        #expect(document.paragraphs[0].styleName == "heading 1")
        #expect(document.paragraphs[0].outlineLevel == 0)
        #expect(document.paragraphs[1].outlineLevel == nil)
        #expect(
            document.paragraphs[12].numbering == WordNumbering(numberingID: 1, level: 0, label: "3.", format: "decimal")
        )
        #expect(document.paragraphs[15].numbering?.format == "bullet")
    }

    @Test(arguments: [
        ("decimal", [1, 2, 10], ["1", "2", "10"]),
        ("decimalZero", [1, 10], ["01", "10"]),
        ("upperLetter", [1, 26, 27, 28], ["A", "Z", "AA", "BB"]),
        ("lowerLetter", [3], ["c"]),
        ("upperRoman", [4, 9, 14, 1994], ["IV", "IX", "XIV", "MCMXCIV"]),
        ("lowerRoman", [3], ["iii"]),
        ("chineseCounting", [1, 10, 11, 20, 21, 100, 105, 110], ["一", "十", "十一", "二十", "二十一", "一百", "一百〇五", "一百一十"]),
        ("chineseCountingThousand", [1005], ["一千零五"]),
        ("ideographTraditional", [1, 3, 10, 11], ["甲", "丙", "癸", "甲"]),
        ("decimalEnclosedCircle", [1, 20, 21], ["①", "⑳", "21"]),
        ("decimalFullWidth", [12], ["１２"]),
        ("ideographDigital", [105], ["一〇五"]),
    ])
    func rendersNumberFormats(format: String, values: [Int], expected: [String]) throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="\(format)"/>\
            <w:lvlText w:val="%1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
        let labels = try values.map { value in
            let override =
                "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
                + "<w:startOverride w:val=\"\(value)\"/></w:lvlOverride></w:num>"
            let document = try WordDocumentReader.read(
                T.docx(body: Self.listed("x", 2, 0), numbering: numbering + override))
            return document.paragraphs[0].numbering?.label
        }
        #expect(labels == expected)
    }

    @Test func tablesKeepGridColumnsThroughMergesAndFlattenNestedTables() throws {
        func cell(_ text: String, _ properties: String = "") -> String {
            "<w:tc><w:tcPr><w:tcW w:w=\"100\"/>\(properties)</w:tcPr>\(T.p(text))</w:tc>"
        }
        let nested = "<w:tbl><w:tr>\(cell("内1"))\(cell("内2"))</w:tr></w:tbl>"
        let body =
            T.p("前") + "<w:tbl><w:tblPr><w:tblW w:w=\"0\"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>"
            + "<w:tr>\(cell("A", "<w:gridSpan w:val=\"2\"/>"))\(cell("C", "<w:vMerge w:val=\"restart\"/>"))</w:tr>"
            + "<w:tr>\(cell("D"))\(cell("E"))\(cell("", "<w:vMerge/>"))</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>"
            + "<w:tc>\(T.p("F"))\(nested)\(T.p("G"))</w:tc>\(cell("H"))</w:tr></w:tbl>" + T.p("后")
        let document = try WordDocumentReader.read(T.docx(body: body))
        #expect(document.blocks.count == 3)
        guard case .table(let table) = document.blocks[1] else {
            Issue.record("no table")
            return
        }
        let layout = table.rows.map { $0.cells.map { "\($0.column)+\($0.columnSpan):\($0.text)" } }
        #expect(layout == [["0+2:A", "2+1:C"], ["0+1:D", "1+1:E", "2+1:"], ["1+1:F\n内1\n内2\nG", "2+1:H"]])
        #expect(table.rows[1].cells[2].continuesVerticalMerge)
        // ¶6 is the empty paragraph of the merged cell: counted, but not a paragraph of the cell.
        #expect(document.paragraphs.map(\.number) == [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12])
        #expect(document.paragraphs.map(\.text) == ["前", "A", "C", "D", "E", "F", "内1", "内2", "G", "H", "后"])
    }
}
