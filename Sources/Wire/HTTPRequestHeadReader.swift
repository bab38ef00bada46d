/// Turns the lines of a complete request head into an `HTTPRequestHead`, or the reason it is invalid.
///
/// Split from the parser so that the parser only finds line ends and enforces limits, and this
/// only applies the grammar of RFC 9112 §3 and §5 to lines already known to be complete.
enum HTTPRequestHeadReader {
    static func read(lines: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Result<
        HTTPRequestHead, HTTPRequestHeadError
    > {
        guard let requestLine = lines.first else { return .failure(.malformedRequestLine) }
        for line in lines where bytes[line].contains(UInt8(ascii: "\r")) {
            return .failure(.bareCarriageReturn)
        }
        let parts = bytes[requestLine].split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }), parts[0].allSatisfy(isTokenByte) else {
            return .failure(.malformedRequestLine)
        }
        let method = String(decoding: parts[0], as: UTF8.self)
        guard method == "GET" else { return .failure(.methodNotAllowed(method)) }
        guard parts[1].first == UInt8(ascii: "/"), parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return .failure(.invalidTarget)
        }
        let target = String(decoding: parts[1], as: UTF8.self)
        let version: HTTPVersion
        switch readVersion(parts[2]) {
        case .success(let parsed): version = parsed
        case .failure(let error): return .failure(error)
        }
        var headers = HTTPHeaders()
        for line in lines.dropFirst() {
            guard let field = readField(bytes[line]) else { return .failure(.malformedHeaderField) }
            headers.add(name: field.name, value: field.value)
        }
        let hosts = headers["Host"].count
        guard hosts == 1 || (hosts == 0 && version < .http1_1) else { return .failure(.invalidHost) }
        let lengths = headers["Content-Length"]
        guard headers["Transfer-Encoding"].isEmpty, lengths.allSatisfy({ $0 == "0" }) else {
            return .failure(.unexpectedBody)
        }
        return .success(HTTPRequestHead(method: method, target: target, version: version, headers: headers))
    }

    /// `HTTP/1.x`; any other well-formed version is unsupported, anything else is malformed.
    private static func readVersion(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Result<
        HTTPVersion, HTTPRequestHeadError
    > {
        let bytes = Array(text)
        guard bytes.count == 8, bytes[0..<5].elementsEqual("HTTP/".utf8), bytes[6] == UInt8(ascii: "."),
            let major = digit(bytes[5]), let minor = digit(bytes[7])
        else { return .failure(.malformedRequestLine) }
        guard major == 1 else { return .failure(.unsupportedVersion(String(decoding: bytes, as: UTF8.self))) }
        return .success(HTTPVersion(major: major, minor: minor))
    }

    /// `name: value` with a token name, no space before the colon, and no control bytes but tab.
    private static func readField(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> (name: String, value: String)? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let name = line[line.startIndex..<colon]
        guard !name.isEmpty, name.allSatisfy(isTokenByte) else { return nil }
        var value = line[(colon + 1)...]
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        guard value.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else { return nil }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// The `tchar` set of RFC 9110 §5.6.2: letters, digits and ``!#$%&'*+-.^_`|~``.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "#")...UInt8(ascii: "'"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"),
            UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
