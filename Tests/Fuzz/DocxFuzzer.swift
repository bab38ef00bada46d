// libFuzzer target `docx`: the Word and Excel readers on arbitrary input. Build and run with
// Tests/Fuzz/run.
//
// Input: byte 0 picks what the rest is: 0 a whole .docx/.xlsx file for both readers; 1 the
// `word/document.xml` of a package; 2 its `word/numbering.xml` (with a document that uses lists
// 1-3 at levels 0-2); 3 its `word/styles.xml`; 4 a worksheet; 5 `xl/sharedStrings.xml`. Packages
// are built with ZipWriter (stored), so the fuzzer spends its time in the XML, not the CRCs.
// Properties: no crash or hang; paragraphs are numbered 1, 2, 3… in order when none is dropped.

let listDocument =
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
    + (1...3).flatMap { list in
        (0...2).map { level in
            "<w:p><w:pPr><w:pStyle w:val=\"S\(level)\"/><w:numPr><w:ilvl w:val=\"\(level)\"/>"
                + "<w:numId w:val=\"\(list)\"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"
        }
    }.joined() + "</w:body></w:document>"
let workbook =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    + "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
let workbookRelationships =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    + "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
let sheetWithStrings =
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row>"
    + "<c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row></sheetData></worksheet>"

func package(_ parts: [(String, [UInt8])]) -> [UInt8] {
    var writer = ZipWriter()
    for (name, bytes) in parts { writer.add(name, bytes, method: .stored) }
    return (try? writer.bytes()) ?? []
}

@_cdecl("LLVMFuzzerTestOneInput")
public func docxFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = fuzzInput(data, size)
    guard let mode = input.first else { return 0 }
    let rest = Array(input.dropFirst())
    switch mode % 6 {
    case 0:
        checkWord(rest)
        _ = try? WorkbookReader.read(rest)
    case 1: checkWord(package([("word/document.xml", rest)]))
    case 2: checkWord(package([("word/document.xml", Array(listDocument.utf8)), ("word/numbering.xml", rest)]))
    case 3: checkWord(package([("word/document.xml", Array(listDocument.utf8)), ("word/styles.xml", rest)]))
    case 4:
        _ = try? WorkbookReader.read(
            package([
                ("xl/workbook.xml", Array(workbook.utf8)),
                ("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8)),
                ("xl/worksheets/sheet1.xml", rest),
            ]))
    default:
        _ = try? WorkbookReader.read(
            package([
                ("xl/workbook.xml", Array(workbook.utf8)),
                ("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8)),
                ("xl/worksheets/sheet1.xml", Array(sheetWithStrings.utf8)), ("xl/sharedStrings.xml", rest),
            ]))
    }
    return 0
}

func checkWord(_ bytes: [UInt8]) {
    guard let document = try? WordDocumentReader.read(bytes) else { return }
    let numbers = document.paragraphs.map(\.number)
    require(
        numbers == numbers.sorted() && Set(numbers).count == numbers.count, "paragraph numbers out of order: \(numbers)"
    )
    for paragraph in document.paragraphs { require(!paragraph.lines.isEmpty, "¶\(paragraph.number) has no line") }
}
