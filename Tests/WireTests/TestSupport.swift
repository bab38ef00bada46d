import Testing
import Wire

/// Bytes from hex pairs separated by spaces, as RFC examples print them: `"81 05 48"`.
func hex(_ text: String) -> [UInt8] {
    text.split(separator: " ").map { pair in
        guard let byte = UInt8(pair, radix: 16) else { fatalError("bad hex pair \(pair) in test data") }
        return byte
    }
}

/// Lowercase hex pairs without separators, as digests are printed.
func hexString(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}

func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

/// A decoder that takes appended bytes and yields results one step at a time, so every decoder can
/// be driven by the same whole-versus-byte-by-byte harness.
protocol IncrementalDecoder {
    associatedtype Output: Hashable
    mutating func feed(_ bytes: [UInt8])
    /// The next result, or `nil` when more bytes are needed.
    mutating func next() -> Output?
    /// Whether the output ends the stream (an error), after which the harness stops asking.
    static func isTerminal(_ output: Output) -> Bool
}

/// Every output a fresh decoder gives for `input` fed in chunks of `chunkSize`, until it needs more
/// data after the last chunk or reports a terminal output.
func outputs<D: IncrementalDecoder>(_ decoder: D, _ input: [UInt8], chunkSize: Int) -> [D.Output] {
    var decoder = decoder
    var results: [D.Output] = []
    var start = 0
    repeat {
        let end = min(start + chunkSize, input.count)
        decoder.feed(Array(input[start..<end]))
        start = end
        while let output = decoder.next() {
            results.append(output)
            if D.isTerminal(output) { return results }
        }
    } while start < input.count
    return results
}

/// The outputs for `input` fed whole, after checking that one byte at a time and three bytes at a
/// time give exactly the same outputs: chunk boundaries must never change what is decoded.
func decodeWholeAndBytewise<D: IncrementalDecoder>(
    _ decoder: D, _ input: [UInt8], sourceLocation: SourceLocation = #_sourceLocation
) -> [D.Output] {
    let whole = outputs(decoder, input, chunkSize: max(1, input.count))
    #expect(outputs(decoder, input, chunkSize: 1) == whole, "byte by byte", sourceLocation: sourceLocation)
    #expect(outputs(decoder, input, chunkSize: 3) == whole, "three bytes at a time", sourceLocation: sourceLocation)
    return whole
}

extension WebSocketFrameDecoder: IncrementalDecoder {
    mutating func feed(_ bytes: [UInt8]) { append(bytes) }

    mutating func next() -> ParseResult? {
        let result = parseStep()
        return result == .needMoreData ? nil : result
    }

    static func isTerminal(_ output: ParseResult) -> Bool {
        if case .error = output { return true }
        return false
    }
}

extension WebSocketConnection: IncrementalDecoder {
    mutating func feed(_ bytes: [UInt8]) { append(bytes) }

    mutating func next() -> Action? { nextAction() }

    static func isTerminal(_ output: Action) -> Bool { false }
}

extension HTTPRequestHeadParser: IncrementalDecoder {
    mutating func feed(_ bytes: [UInt8]) { append(bytes) }

    mutating func next() -> ParseResult? {
        let result = parseStep()
        return result == .needMoreData ? nil : result
    }

    static func isTerminal(_ output: ParseResult) -> Bool {
        if case .error = output { return true }
        return false
    }
}

extension LineFramer: IncrementalDecoder {
    mutating func feed(_ bytes: [UInt8]) { append(bytes) }

    mutating func next() -> ParseResult? {
        let result = parseStep()
        return result == .needMoreData ? nil : result
    }

    static func isTerminal(_ output: ParseResult) -> Bool {
        if case .error = output { return true }
        return false
    }
}

/// The bytes a client sends for `payload`: one final, masked frame with the RFC's example key.
func clientFrame(_ opcode: WebSocketOpcode, _ payload: [UInt8], fin: Bool = true) -> [UInt8] {
    WebSocketFrameEncoder.encode(opcode: opcode, payload: payload, fin: fin, maskingKey: exampleKey)
}

/// The masking key of the RFC 6455 §5.7 examples.
let exampleKey = WebSocketMaskingKey(0x37, 0xFA, 0x21, 0x3D)
