// Shared by the libFuzzer targets over Sources/OfficeDocuments (zip, xml, docx); compiled with
// those sources by Tests/Fuzz/run, never by SwiftPM. The Wire targets have FuzzSupport.swift.

/// Stops the fuzzer with `message` when a property does not hold (`fatalError` always prints it).
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz property violated: \(message())") }
}

/// The fuzzer's bytes as an array.
func fuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: size))
}
