// Writes the seed corpora of the zip, xml and docx targets in Tests/Fuzz/corpus:
// `Tests/Fuzz/run --seeds`. Compiled with Sources/OfficeDocuments, so the packages are built by the
// writers the tests trust.

import Foundation

/// Generates the committed seeds of the OfficeDocuments targets, so a seed can be read as code.
@main
struct MakeOfficeSeeds {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// A body using most of what the Word reader handles: lists, fields, revisions, tables, merges.
    static let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(w)" xmlns:mc="\(mc)"><w:body>\
        <w:p><w:pPr><w:pStyle w:val="S0"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>\
        <w:r><w:t>下列</w:t></w:r><w:r><w:t xml:space="preserve">关于 </w:t><w:tab/><w:br/><w:cr/></w:r></w:p>\
        <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>\
        </w:r><w:fldSimple w:instr="AUTHOR"><w:r><w:t>甲</w:t></w:r></w:fldSimple><w:del><w:r><w:delText>旧</w:delText>\
        </w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins><w:r><mc:AlternateContent><mc:Choice Requires="wps">\
        <w:drawing/></mc:Choice><mc:Fallback><w:pict/></mc:Fallback></mc:AlternateContent></w:r></w:p>\
        <w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>\
        <w:p><w:r><w:t>A</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc></w:tr>\
        <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>\
        <w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>&lt;&amp;&#x4E2D;</w:t></w:r></w:p></w:sdtContent></w:sdt>\
        </w:body></w:document>
        """
    static let numbering = """
        <w:numbering xmlns:w="\(w)"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
        <w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="S0"/></w:lvl>\
        <w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="（%2）"/></w:lvl><w:lvl w:ilvl="2">\
        <w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2.%3"/><w:isLgl/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/>\
        <w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num><w:num w:numId="3">\
        <w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1"><w:numFmt w:val="lowerRoman"/>\
        <w:lvlText w:val="%2)"/></w:lvl></w:lvlOverride></w:num></w:numbering>
        """
    static let styles = """
        <w:styles xmlns:w="\(w)"><w:style w:type="paragraph" w:default="1" w:styleId="N"><w:name w:val="Normal"/>\
        </w:style><w:style w:type="paragraph" w:styleId="S0"><w:name w:val="heading 1"/><w:basedOn w:val="N"/>\
        <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="S1"><w:basedOn w:val="S1"/></w:style></w:styles>
        """
    static let sheet = """
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><r><t>富</t></r><t>文</t></is></c></row>\
        <row><c><v>1E-3</v></c><c t="b"><v>1</v></c><c t="str"><f>A1</f><v>x</v></c><c t="e"><v>#N/A</v></c></row>\
        </sheetData></worksheet>
        """
    static let sharedStrings = """
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>题目_x000D_</t></si>\
        <si><r><t>下</t></r><r><t>列</t></r><rPh><t>か</t></rPh></si></sst>
        """

    static func utf16(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static func main() throws {
        var word = WordDocumentWriter()
        word.addParagraph("第一部分", style: .heading1)
        word.addParagraph("1. 下列\n A.甲\tB.乙", bold: true)
        word.addTable([["题号", "答案"], ["1", "A"]])
        var book = WorkbookWriter()
        book.addSheet("单选", rows: [["题号", "题目"], ["1", "下列"]], columnWidths: [8])
        let docx = try word.bytes()
        let xlsx = try book.bytes()
        var stored = ZipWriter()
        stored.add("a.xml", Array("<a>hello</a>".utf8), method: .stored)
        stored.add("b/题.xml", Array("<b/>".utf8))
        let corpora: [String: [String: [UInt8]]] = [
            "zip": ["writer-docx": docx, "writer-xlsx": xlsx, "stored-and-deflated": try stored.bytes()],
            "xml": [
                "document": Array(document.utf8), "numbering": Array(numbering.utf8), "sheet": Array(sheet.utf8),
                "utf16": utf16("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a b='1'><![CDATA[x]]><!--c--></a>"),
                "prefixes": Array("<x:a xmlns:x=\"urn:x\" xmlns=\"urn:d\"><b x:k=\"&#65;\"/><?pi?></x:a>".utf8),
            ],
            "docx": [
                "file-docx": [0] + docx, "file-xlsx": [0] + xlsx, "document": [1] + Array(document.utf8),
                "numbering": [2] + Array(numbering.utf8), "styles": [3] + Array(styles.utf8),
                "sheet": [4] + Array(sheet.utf8), "shared-strings": [5] + Array(sharedStrings.utf8),
            ],
        ]
        let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Tests/Fuzz/corpus"
        for (target, seeds) in corpora {
            let folder = root + "/" + target
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (name, bytes) in seeds {
                guard FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes)) else {
                    throw CocoaError(.fileWriteUnknown)
                }
            }
        }
    }
}
