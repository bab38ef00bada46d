// libFuzzer target `paper-layout`: the paper-layout bank reader. Build and run with Tests/Fuzz/run,
// which compiles ContestCore, ContestProtocol and QuestionBank as modules for it (Sources/Wire and
// FuzzSupport.swift are not part of this target).
//
// Input: any bytes, read as a bank file in paper layout (decoded as the loader decodes every file:
// UTF-8, UTF-16 with a byte-order mark, else GB18030). The reader must not crash or hang, whatever
// the bytes; every diagnostic must print in both languages, and what it read, written by the paper
// writer and read again, must not crash either. (The same number of questions after that round trip
// is not required: a continuation line such as `2．…` inside a stem is text where it was found but
// may number the next question where the writer puts it, and plain text has no way to escape it.)
//
// Input starting with `<` is also the `word/document.xml` of a Word package and the one sheet of a
// workbook, read through the whole bank loader: Word's layout (paragraphs, automatic numbers, bank
// tables) and Excel's (every cell its place) feed the same readers and must not crash either.

import OfficeDocuments
import QuestionBank

let workbookPart =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    + "<sheet name=\"单选\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
let workbookRelationshipsPart =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    + "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"

/// A stored package of `parts`, so the fuzzer's time goes to the XML and the layouts.
func storedPackage(_ parts: [(String, [UInt8])]) -> [UInt8] {
    var writer = ZipWriter()
    for (name, bytes) in parts { writer.add(name, bytes, method: .stored) }
    return (try? writer.bytes()) ?? []
}

func checkMessages(_ result: BankLoadResult) {
    for diagnostic in result.diagnostics {
        require(!diagnostic.formatted(.chinese).isEmpty && !diagnostic.formatted(.english).isEmpty, "empty message")
    }
}

/// Stops the fuzzer with `message` when a property does not hold (see FuzzSupport.swift).
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz property violated: \(message())") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func paperLayoutFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    if input.first == UInt8(ascii: "<") {
        checkMessages(BankLoader.load(bytes: storedPackage([("word/document.xml", input)]), file: "f.docx"))
        let workbook = storedPackage([
            ("xl/workbook.xml", Array(workbookPart.utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRelationshipsPart.utf8)), ("xl/worksheets/sheet1.xml", input),
        ])
        checkMessages(BankLoader.load(bytes: workbook, file: "f.xlsx"))
    }
    let result = BankLoader.load(bytes: input, file: "fuzz.txt", format: .paper)
    checkMessages(result)
    let written = PaperBankWriter.text(result.bank)
    let again = BankLoader.load(bytes: Array(written.utf8), file: "written.txt", format: .paper)
    require(again.errorCount >= 0 && !PaperBankWriter.text(again.bank).isEmpty, "no text written")
    return 0
}
