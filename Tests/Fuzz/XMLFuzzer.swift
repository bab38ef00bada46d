// libFuzzer target `xml`: XMLTokenizer on arbitrary bytes, to the end or the first error. Build and
// run with Tests/Fuzz/run.
//
// Properties: no crash or hang; ends match starts by name; nesting never passes the limit; the
// offset only moves forward and an error's offset lies within the (transcoded) input.

@_cdecl("LLVMFuzzerTestOneInput")
public func xmlFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = fuzzInput(data, size)
    var tokenizer = XMLTokenizer(bytes: input, maximumDepth: 16)
    var open: [XMLName] = []
    var offset = tokenizer.offset
    do {
        while let token = try tokenizer.next() {
            switch token {
            case .start(let tag):
                open.append(tag.name)
                require(open.count <= 16, "nesting \(open.count) passed the limit 16")
            case .end(let name):
                require(open.popLast() == name, "end \(name.qualifiedName) closes another element")
            case .text(let text):
                require(!open.isEmpty, "text \(text.debugDescription) outside the root")
            }
            require(tokenizer.offset >= offset, "offset moved back from \(offset) to \(tokenizer.offset)")
            offset = tokenizer.offset
        }
        require(open.isEmpty, "the input ended with \(open.count) elements open and no error")
    } catch {
        require(
            error.offset >= 0 && error.offset <= max(input.count, tokenizer.offset) * 3 + 3,
            "offset \(error.offset) outside the input")
        require(!error.message(chinese: true).isEmpty && !error.message(chinese: false).isEmpty, "empty message")
    }
    return 0
}
