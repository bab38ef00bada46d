import ContestCore
import Foundation
import Glibc

@testable import QuestionBank

/// Loads text as a bank file of the given name (the extension picks the format).
func load(_ text: String, file: String) -> BankLoadResult {
    BankLoader.load(bytes: Array(text.utf8), file: file, format: BankFormat(fileName: file))
}

/// `file:line:column: code` for each diagnostic, the part of a diagnostic the tables pin.
func pins(_ result: BankLoadResult) -> [String] {
    result.diagnostics.map { "\($0.file):\($0.position?.description ?? "-"): \($0.code)" }
}

/// A CSV bank from a header and rows, lines joined with CRLF as Excel writes them.
func csv(_ lines: String...) -> String {
    lines.joined(separator: "\r\n") + "\r\n"
}

/// A canonical JSON bank whose one question sits alone on line 2, so columns count from its `{`.
func json(_ question: String) -> String {
    "{\"format\":\"quiz-bank/1\",\"title\":\"t\",\"questions\":[\n" + question + "\n]}\n"
}

/// The header row most tables use: id, type, stem, four options, answer, category, difficulty.
let header = "编号,题型,题干,选项A,选项B,选项C,选项D,答案,分类,难度"

/// Text in another encoding, converted by the C library as an organiser's Excel would have saved it.
func encode(_ text: String, as encoding: String) -> [UInt8] {
    let descriptor = iconv_open(encoding, "UTF-8")
    precondition(descriptor != iconv_t(bitPattern: -1), "iconv cannot convert to \(encoding)")
    defer { iconv_close(descriptor) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
    let produced = input.withUnsafeMutableBufferPointer { inBuffer in
        output.withUnsafeMutableBufferPointer { outBuffer -> Int in
            var inPointer = inBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var outPointer = outBuffer.baseAddress.map {
                UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
            }
            var inLeft = inBuffer.count
            var outLeft = outBuffer.count
            precondition(iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft) != -1)
            return outBuffer.count - outLeft
        }
    }
    return Array(output[..<produced])
}

/// The repository's root, found from this file's path, for tests that read `question-banks/`.
let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

/// A fresh empty directory for tests that write files.
func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "bank-tests-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Reads lines as a paper-layout bank named `p.txt`, lines joined with LF.
func paper(_ lines: String...) -> BankLoadResult {
    BankLoader.load(bytes: Array((lines.joined(separator: "\n") + "\n").utf8), file: "p.txt", format: .paper)
}

/// The one question a paper bank must hold, or nil, with its diagnostics for the failure message.
func onlyQuestion(_ result: BankLoadResult) -> Question? {
    result.bank.questions.count == 1 ? result.bank.questions[0] : nil
}
