/// Character data, references, comments, CDATA and processing instructions: the tokenizer's text side.
extension XMLTokenizer {
    /// The text up to the next `<`; nil for white space outside the root element.
    mutating func readText() throws(XMLError) -> String? {
        let start = position
        var end = start
        while end < bytes.count && bytes[end] != UInt8(ascii: "<") { end += 1 }
        if depth == 0 {
            var index = start
            while index < end {
                guard Self.isSpace(bytes[index]) else { throw failure(at: index, .textOutsideRoot) }
                index += 1
            }
            position = end
            return nil
        }
        let text = try decode(start, end, isAttribute: false)
        position = end
        return text
    }

    /// Skips a comment; returns the text of a CDATA section; refuses `<!DOCTYPE`.
    mutating func readMarkupDeclaration() throws(XMLError) -> String? {
        if hasBytes("<!--", at: position) {
            position = try end(of: "-->", searchingFrom: position + 4)
            return nil
        }
        if hasBytes("<![CDATA[", at: position) {
            guard depth > 0 else { throw failure(at: position, .textOutsideRoot) }
            let start = position + 9
            let after = try end(of: "]]>", searchingFrom: start)
            let text = try decode(start, after - 3, isAttribute: false, references: false)
            position = after
            return text.isEmpty ? nil : text
        }
        if hasBytes("<!DOCTYPE", at: position) { throw failure(at: position, .doctype) }
        throw failure(at: position, .expected("<!-- or <![CDATA["))
    }

    /// Skips `<?target …?>`, checking the encoding named in the XML declaration.
    mutating func skipProcessingInstruction() throws(XMLError) {
        let start = position
        let after = try end(of: "?>", searchingFrom: start + 2)
        if hasBytes("<?xml", at: start), start + 5 < after, Self.isSpace(bytes[start + 5]) {
            try checkEncoding(in: start + 5, after - 2)
        }
        position = after
    }

    /// Refuses an XML declaration naming an encoding other than UTF-8, UTF-16 or ASCII.
    private func checkEncoding(in start: Int, _ end: Int) throws(XMLError) {
        let declaration = bytes[start..<end]
        let key = Array("encoding".utf8)
        guard let keyStart = declaration.indices.first(where: { bytes[$0...].starts(with: key) }) else { return }
        var index = skipSpace(from: keyStart + key.count)
        guard index < end, bytes[index] == UInt8(ascii: "=") else { return }
        index = skipSpace(from: index + 1)
        guard index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return }
        let quote = bytes[index]
        let valueStart = index + 1
        var valueEnd = valueStart
        while valueEnd < end && bytes[valueEnd] != quote { valueEnd += 1 }
        let name = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
        let known = ["utf-8", "utf8", "utf-16", "utf16", "us-ascii", "ascii"]
        guard known.contains(name.lowercased()) else { throw failure(at: valueStart, .unsupportedEncoding(name)) }
    }

    /// The offset after the first `terminator` at or after `start`.
    private func end(of terminator: String, searchingFrom start: Int) throws(XMLError) -> Int {
        let pattern = Array(terminator.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0] && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                return index + pattern.count
            }
            index += 1
        }
        throw failure(at: bytes.count, .unexpectedEnd(expected: terminator))
    }

    private func hasBytes(_ text: String, at index: Int) -> Bool {
        bytes[index...].starts(with: text.utf8)
    }

    /// The text of `start..<end` with references decoded, CR LF and CR made LF, and in attribute
    /// values tab, CR and LF made spaces (XML's attribute-value normalisation).
    func decode(_ start: Int, _ end: Int, isAttribute: Bool, references: Bool = true) throws(XMLError) -> String {
        var index = start
        while index < end {
            let byte = bytes[index]
            if (byte == UInt8(ascii: "&") && references) || byte == 0x0D
                || (isAttribute && (byte == 0x09 || byte == 0x0A || byte == UInt8(ascii: "<")))
            {
                break
            }
            index += 1
        }
        if index == end { return String(decoding: bytes[start..<end], as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(end - start)
        output.append(contentsOf: bytes[start..<index])
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&") where references:
                index = try appendReference(at: index, end: end, to: &output)
            case 0x0D:
                output.append(isAttribute ? 0x20 : 0x0A)
                index += index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
            case 0x09 where isAttribute, 0x0A where isAttribute:
                output.append(0x20)
                index += 1
            case UInt8(ascii: "<") where isAttribute:
                throw failure(at: index, .lessThanInAttributeValue)
            default:
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the character `&…;` at `start` stands for and returns the offset after the `;`.
    private func appendReference(at start: Int, end: Int, to output: inout [UInt8]) throws(XMLError) -> Int {
        var semicolon = start + 1
        let searchEnd = min(end, start + 34)
        while semicolon < searchEnd && bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        guard semicolon < searchEnd else { throw failure(at: start, .expected("; after &")) }
        let name = bytes[start + 1..<semicolon]
        let text = String(decoding: name, as: UTF8.self)
        switch text {
        case "lt": output.append(UInt8(ascii: "<"))
        case "gt": output.append(UInt8(ascii: ">"))
        case "amp": output.append(UInt8(ascii: "&"))
        case "quot": output.append(UInt8(ascii: "\""))
        case "apos": output.append(UInt8(ascii: "'"))
        default:
            guard name.first == UInt8(ascii: "#") else { throw failure(at: start, .unknownEntity(text)) }
            guard let scalar = Self.characterReference(name.dropFirst()) else {
                throw failure(at: start, .invalidCharacterReference(text))
            }
            output.append(contentsOf: String(Character(scalar)).utf8)
        }
        return semicolon + 1
    }

    /// The scalar of `123` or `x7B`, when it is a character XML 1.0 allows.
    private static func characterReference(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var rest = digits
        var radix: UInt32 = 10
        if rest.first == UInt8(ascii: "x") {
            radix = 16
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty else { return nil }
        var value: UInt32 = 0
        for byte in rest {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * radix + digit
            guard value <= 0x10FFFF else { return nil }
        }
        let allowed =
            value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
        return allowed ? Unicode.Scalar(value) : nil
    }

    /// UTF-8 for a UTF-16 part (byte order from the BOM, or from `<` as 3C 00 / 00 3C); nil otherwise.
    static func utf8FromUTF16(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        var start = 0
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): (littleEndian, start) = (true, 2)
        case (0xFE, 0xFF): (littleEndian, start) = (false, 2)
        case (0x3C, 0x00): littleEndian = true
        case (0x00, 0x3C): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
