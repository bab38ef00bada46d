// libFuzzer target `line-framer`: the NDJSON LineFramer. Build and run with Tests/Fuzz/run.
//
// Input: byte 0 picks how the stream is cut (ChunkPlan), byte 1 the line limit, the rest is the
// stream a plain-TCP client sent.

/// Small limits first, so the too-long path is as easy to reach as a line; the default last.
let lineLimits = [0, 1, 2, 3, 8, 16, 100, LineFramer.defaultMaxLineLength]

@_cdecl("LLVMFuzzerTestOneInput")
public func lineFramerFuzzTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = fuzzInput(data, size)
    guard input.count >= 2 else { return 0 }
    let plan = ChunkPlan(input[0])
    let limit = lineLimits[Int(input[1] & 7)]
    let stream = plan.stream(input[2...])

    let pieces = plan.chunks(of: stream)
    let whole = frameLines(limit: limit, pieces: [stream])
    let chunked = frameLines(limit: limit, pieces: pieces)
    require(chunked == whole, "lines depend on the cut: whole \(whole), cut \(chunked)")
    let early = frameLines(limit: limit, pieces: [middlePrefix(of: stream, pieces: pieces)])
    require(whole.starts(with: early), "a prefix gives lines the whole stream does not: \(early), \(whole)")
    require(whole == expectedLines(limit: limit, stream: stream), "lines differ from the reference split")
    return 0
}

/// Every result a fresh framer gives for `pieces`, up to its first error, checking each line.
func frameLines(limit: Int, pieces: [ArraySlice<UInt8>]) -> [LineFramer.ParseResult] {
    var framer = LineFramer(maxLineLength: limit)
    var results: [LineFramer.ParseResult] = []
    for (index, piece) in pieces.enumerated() {
        framer.append(piece: piece, index: index)
        while true {
            let result = framer.parseStep()
            switch result {
            case .needMoreData:
                break
            case .line(let line):
                // No LF inside a line is left to the comparison with the reference split.
                require(!line.isEmpty && line.count <= limit, "line of \(line.count) bytes, limit \(limit)")
                results.append(result)
                continue
            case .error(let error):
                require(error == .lineTooLong(limit: limit), "error \(error) for the limit \(limit)")
                require(framer.parseStep() == result, "error \(error) is not sticky")
                framer.append([UInt8(ascii: "\n")])
                require(framer.parseStep() == result, "error \(error) is not sticky after more input")
                results.append(result)
                return results
            }
            break
        }
    }
    return results
}

/// What the framer must produce, written the obvious way: split the whole stream at LF, drop one CR
/// before each LF and the empty lines, fail at the first line over the limit; an unfinished last line
/// fails once it is over the limit even allowing for the CR of a CRLF still to come.
func expectedLines(limit: Int, stream: ArraySlice<UInt8>) -> [LineFramer.ParseResult] {
    var results: [LineFramer.ParseResult] = []
    var rest = stream
    while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
        var line = rest[rest.startIndex..<newline]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        rest = rest[(newline + 1)...]
        guard line.count <= limit else { return results + [.error(.lineTooLong(limit: limit))] }
        if !line.isEmpty { results.append(.line(Array(line))) }
    }
    let excess = rest.count - limit
    if excess > 1 || (excess == 1 && rest.last != UInt8(ascii: "\r")) {
        results.append(.error(.lineTooLong(limit: limit)))
    }
    return results
}
