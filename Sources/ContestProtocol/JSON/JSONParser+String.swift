extension JSONParser {
    /// Reads a string starting at its opening quote; plain strings are decoded straight from the buffer.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        let contentStart = index
        while index < buffer.count {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[contentStart..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try parseEscapedString(from: contentStart, quote: start) }
            if byte < 0x20 { throw JSONSyntaxError(issue: .controlCharacterInString, offset: index) }
            index += 1
        }
        throw JSONSyntaxError(issue: .unterminatedString, offset: start)
    }

    /// The slow path for strings with backslash escapes, `\uXXXX` surrogate pairs included.
    private mutating func parseEscapedString(from contentStart: Int, quote: Int) throws(JSONSyntaxError) -> String {
        var bytes = Array(buffer[contentStart..<index])
        while index < buffer.count {
            let byte = buffer[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: bytes, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escapeStart = index
                index += 1
                guard index < buffer.count else { break }
                let escaped = buffer[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(escaped)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
                    bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw badEscape(from: escapeStart)
                }
            default:
                if byte < 0x20 { throw JSONSyntaxError(issue: .controlCharacterInString, offset: index) }
                bytes.append(byte)
                index += 1
            }
        }
        throw JSONSyntaxError(issue: .unterminatedString, offset: quote)
    }

    private mutating func parseUnicodeEscape(escapeStart: Int) throws(JSONSyntaxError) -> Unicode.Scalar {
        let high = try hexQuad(escapeStart: escapeStart)
        if (0xD800...0xDBFF).contains(high) {
            guard index + 1 < buffer.count, buffer[index] == UInt8(ascii: "\\"), buffer[index + 1] == UInt8(ascii: "u")
            else { throw badEscape(from: escapeStart) }
            index += 2
            let low = try hexQuad(escapeStart: escapeStart)
            guard (0xDC00...0xDFFF).contains(low) else { throw badEscape(from: escapeStart) }
            let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            guard let scalar = Unicode.Scalar(value) else { throw badEscape(from: escapeStart) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw badEscape(from: escapeStart) }
        return scalar
    }

    private mutating func hexQuad(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= buffer.count else { throw badEscape(from: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = buffer[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw badEscape(from: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private func badEscape(from escapeStart: Int) -> JSONSyntaxError {
        let end = min(escapeStart + 6, buffer.count)
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[escapeStart..<end]), as: UTF8.self)
        return JSONSyntaxError(issue: .badEscape(text), offset: escapeStart)
    }
}
