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

import QuestionBank

/// Stops the fuzzer with `message` when a property does not hold (see FuzzSupport.swift).
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz property violated: \(message())") }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func paperLayoutFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let result = BankLoader.load(bytes: input, file: "fuzz.txt", format: .paper)
    for diagnostic in result.diagnostics {
        require(!diagnostic.formatted(.chinese).isEmpty && !diagnostic.formatted(.english).isEmpty, "empty message")
    }
    let written = PaperBankWriter.text(result.bank)
    let again = BankLoader.load(bytes: Array(written.utf8), file: "written.txt", format: .paper)
    require(again.errorCount >= 0 && !PaperBankWriter.text(again.bank).isEmpty, "no text written")
    return 0
}
