import Foundation
import OfficeDocuments

/// Measures reading a 10,000-question paper as a .docx: 50,000 paragraphs written by
/// WordDocumentWriter, read back by WordDocumentReader.
///
/// A benchmark, not a test: run it in a release build and read the figures.
///
///     $ swift run -c release office-benchmark
///     generated 50000 paragraphs: .docx 0.2 MB, word/document.xml 6.6 MB
///     read: best 0.149 s wall (runs 0.149, 0.156, 0.158)

let paragraphCount = 50_000
let runs = 3

var writer = WordDocumentWriter()
for index in 0..<paragraphCount {
    let question = index / 5 + 1
    switch index % 5 {
    case 0: writer.addParagraph("\(question). 下列关于政务服务“一网通办”的说法，正确的是（ ）。第 \(question) 题")
    case 4: writer.addParagraph("答案：B\t解析：依托全国一体化政务服务平台。", bold: true)
    default: writer.addParagraph("\(["A", "B", "C"][index % 5 - 1]). 企业和群众办事只需登录一个平台 \(index)")
    }
}
let docx = try writer.bytes()
let archive = try ZipArchive(bytes: docx)
let documentSize = archive.entry(named: "word/document.xml")?.uncompressedSize ?? 0
print(
    "generated \(paragraphCount) paragraphs: .docx \(String(format: "%.1f", Double(docx.count) / 1e6)) MB, "
        + "word/document.xml \(String(format: "%.1f", Double(documentSize) / 1e6)) MB")

var times: [Double] = []
for _ in 0..<runs {
    let start = ContinuousClock.now
    let document = try WordDocumentReader.read(docx)
    let elapsed = ContinuousClock.now - start
    precondition(document.paragraphs.count == paragraphCount, "read \(document.paragraphs.count) paragraphs")
    times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}
let shown = times.map { String(format: "%.3f", $0) }.joined(separator: ", ")
print("read: best \(String(format: "%.3f", times.min() ?? 0)) s wall (runs \(shown))")
