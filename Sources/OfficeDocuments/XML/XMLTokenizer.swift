/// A pull tokenizer for the XML parts of Office documents: UTF-8 bytes in, tokens out, no DTDs.
///
/// Written over bytes rather than Foundation's XMLParser for speed (a 3 MB `document.xml` in a few
/// tens of milliseconds) and for safety: `<!DOCTYPE` is refused, so no entity is ever expanded and
/// nothing outside the part is ever read; elements nest at most `maximumDepth` deep; every refusal
/// names its byte offset. Comments, processing instructions and the XML declaration are skipped. A
/// UTF-16 part (rare) is transcoded to UTF-8 first. After an error the tokenizer must not be used.
///
/// ```swift
/// var tokenizer = try XMLTokenizer(bytes: Array("<w:t a='1'>x &amp; y</w:t>".utf8))
/// try tokenizer.next()  // .start(w:t, attributes a="1")
/// try tokenizer.next()  // .text("x & y")
/// try tokenizer.next()  // .end(w:t)
/// try tokenizer.next()  // nil
/// ```
public struct XMLTokenizer: Sendable {
    /// Deep enough for any Office part (tables in tables in text boxes stay far below it).
    public static let defaultMaximumDepth = 256
    /// The namespace the `xml:` prefix is always bound to.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// An element whose end tag has not come yet.
    private struct OpenElement: Sendable {
        let name: XMLName
        let nameStart: Int
        let nameEnd: Int
        /// How many namespace bindings were in scope before this element's own.
        let outerBindingCount: Int
    }

    /// The part's bytes, UTF-8 (transcoded when the part was UTF-16).
    let bytes: [UInt8]
    /// Where the next token starts.
    var position: Int
    public let maximumDepth: Int
    private var open: [OpenElement] = []
    private var bindings: [(prefix: String, namespace: String)] = [("xml", XMLTokenizer.xmlNamespace)]
    /// The end a self-closing tag still owes.
    private var owesEnd = false

    /// Reads past a byte order mark; transcodes UTF-16 (with a BOM, or starting `<?` without one).
    public init(bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth) {
        self.maximumDepth = maximumDepth
        if let transcoded = Self.utf8FromUTF16(bytes) {
            self.bytes = transcoded
            position = 0
        } else {
            self.bytes = bytes
            position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        }
    }

    /// The byte offset the tokenizer has reached: the end of the last token given.
    public var offset: Int { position }

    /// How many elements are open.
    public var depth: Int { open.count }

    /// The next token, or nil at the end of a well-formed part.
    public mutating func next() throws(XMLError) -> XMLToken? {
        if owesEnd {
            owesEnd = false
            return .end(closeElement())
        }
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else {
                if let text = try readText() { return .text(text) }
                continue
            }
            guard position + 1 < bytes.count else { throw failure(at: bytes.count, .unexpectedEnd(expected: ">")) }
            switch bytes[position + 1] {
            case UInt8(ascii: "/"): return .end(try readEndTag())
            case UInt8(ascii: "?"): try skipProcessingInstruction()
            case UInt8(ascii: "!"): if let text = try readMarkupDeclaration() { return .text(text) }
            default: return .start(try readStartTag())
            }
        }
        if let innermost = open.last {
            throw failure(at: bytes.count, .unexpectedEnd(expected: "</\(innermost.name.qualifiedName)>"))
        }
        return nil
    }

    /// Reads tokens up to and including the end of the element whose start was just read.
    public mutating func skipElement() throws(XMLError) {
        let target = open.count - 1
        while open.count > target {
            guard try next() != nil else { return }
        }
    }

    func failure(at offset: Int, _ problem: XMLError.Problem) -> XMLError {
        XMLError(offset: offset, problem: problem)
    }

    // MARK: - Tags

    private mutating func readStartTag() throws(XMLError) -> XMLStartTag {
        let tagStart = position
        let nameStart = position + 1
        var index = try nameEnd(from: nameStart)
        let nameEnd = index
        let outerBindingCount = bindings.count
        var raw: [(start: Int, end: Int, value: String)] = []
        var isSelfClosing = false
        while true {
            let spaceStart = index
            index = skipSpace(from: index)
            guard index < bytes.count else { throw failure(at: index, .unexpectedEnd(expected: ">")) }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                break
            }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < bytes.count else { throw failure(at: bytes.count, .unexpectedEnd(expected: ">")) }
                guard bytes[index + 1] == UInt8(ascii: ">") else { throw failure(at: index + 1, .expected(">")) }
                index += 2
                isSelfClosing = true
                break
            }
            guard index > spaceStart else { throw failure(at: index, .expected("white space, > or />")) }
            let attributeStart = index
            index = try self.nameEnd(from: index)
            let attributeEnd = index
            index = try expect(UInt8(ascii: "="), at: skipSpace(from: index))
            index = skipSpace(from: index)
            guard index < bytes.count else { throw failure(at: index, .unexpectedEnd(expected: "\" or '")) }
            let quote = bytes[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw failure(at: index, .expected("\" or '"))
            }
            let valueStart = index + 1
            index = valueStart
            while index < bytes.count && bytes[index] != quote { index += 1 }
            guard index < bytes.count else {
                throw failure(at: index, .unexpectedEnd(expected: quote == UInt8(ascii: "'") ? "'" : "\""))
            }
            let value = try decode(valueStart, index, isAttribute: true)
            index += 1
            if let prefix = declaredPrefix(attributeStart, attributeEnd) {
                bindings.append((prefix, value))
            } else {
                raw.append((attributeStart, attributeEnd, value))
            }
        }
        guard open.count < maximumDepth else { throw failure(at: tagStart, .tooDeep(limit: maximumDepth)) }
        let name = try resolve(nameStart, nameEnd, at: tagStart, isAttribute: false)
        var attributes: [XMLAttribute] = []
        attributes.reserveCapacity(raw.count)
        for attribute in raw {
            let attributeName = try resolve(attribute.start, attribute.end, at: attribute.start, isAttribute: true)
            attributes.append(XMLAttribute(name: attributeName, value: attribute.value))
        }
        open.append(
            OpenElement(name: name, nameStart: nameStart, nameEnd: nameEnd, outerBindingCount: outerBindingCount))
        position = index
        owesEnd = isSelfClosing
        return XMLStartTag(name: name, attributes: attributes, isSelfClosing: isSelfClosing, offset: tagStart)
    }

    private mutating func readEndTag() throws(XMLError) -> XMLName {
        let tagStart = position
        let nameStart = position + 2
        let nameEnd = try self.nameEnd(from: nameStart)
        let index = try expect(UInt8(ascii: ">"), at: skipSpace(from: nameEnd))
        let found = bytes[nameStart..<nameEnd]
        guard let innermost = open.last else {
            throw failure(at: tagStart, .unexpectedEndTag(String(decoding: found, as: UTF8.self)))
        }
        guard found.elementsEqual(bytes[innermost.nameStart..<innermost.nameEnd]) else {
            throw failure(
                at: tagStart,
                .mismatchedEndTag(expected: innermost.name.qualifiedName, found: String(decoding: found, as: UTF8.self))
            )
        }
        position = index
        return closeElement()
    }

    private mutating func closeElement() -> XMLName {
        let element = open.removeLast()
        bindings.removeLast(bindings.count - element.outerBindingCount)
        return element.name
    }

    /// The prefix an `xmlns` or `xmlns:p` attribute declares ("" for the default), nil for others.
    private func declaredPrefix(_ start: Int, _ end: Int) -> String? {
        let xmlns: [UInt8] = Array("xmlns".utf8)
        guard end - start >= 5, bytes[start..<start + 5].elementsEqual(xmlns) else { return nil }
        if end - start == 5 { return "" }
        guard bytes[start + 5] == UInt8(ascii: ":") else { return nil }
        return String(decoding: bytes[start + 6..<end], as: UTF8.self)
    }

    /// Splits the name at its first colon and finds the namespace its prefix is bound to.
    private func resolve(_ start: Int, _ end: Int, at offset: Int, isAttribute: Bool) throws(XMLError) -> XMLName {
        var colon = start
        while colon < end && bytes[colon] != UInt8(ascii: ":") { colon += 1 }
        guard colon < end else {
            let localName = String(decoding: bytes[start..<end], as: UTF8.self)
            return XMLName(prefix: "", localName: localName, namespace: isAttribute ? "" : namespace(of: "") ?? "")
        }
        let prefix = String(decoding: bytes[start..<colon], as: UTF8.self)
        guard let namespace = namespace(of: prefix) else { throw failure(at: offset, .unboundPrefix(prefix)) }
        return XMLName(
            prefix: prefix, localName: String(decoding: bytes[colon + 1..<end], as: UTF8.self), namespace: namespace)
    }

    private func namespace(of prefix: String) -> String? {
        var index = bindings.count - 1
        while index >= 0 {
            if bindings[index].prefix == prefix { return bindings[index].namespace }
            index -= 1
        }
        return nil
    }

    // MARK: - Bytes

    /// The end of the name starting at `start`; refuses an empty name or one starting with a digit.
    private func nameEnd(from start: Int) throws(XMLError) -> Int {
        var index = start
        while index < bytes.count && Self.isNameByte(bytes[index]) { index += 1 }
        guard index > start else {
            throw failure(at: start, index < bytes.count ? .expectedName : .unexpectedEnd(expected: "a name"))
        }
        let first = bytes[start]
        guard !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")), first != UInt8(ascii: "-"),
            first != UInt8(ascii: ".")
        else { throw failure(at: start, .expectedName) }
        return index
    }

    /// ASCII letters, digits, `_ : - .`, and every byte of a multi-byte UTF-8 character.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte >= 0x80
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    func skipSpace(from start: Int) -> Int {
        var index = start
        while index < bytes.count && Self.isSpace(bytes[index]) { index += 1 }
        return index
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// The offset after `byte`, which must be at `index`.
    private func expect(_ byte: UInt8, at index: Int) throws(XMLError) -> Int {
        let expected = String(UnicodeScalar(byte))
        guard index < bytes.count else { throw failure(at: index, .unexpectedEnd(expected: expected)) }
        guard bytes[index] == byte else { throw failure(at: index, .expected(expected)) }
        return index + 1
    }
}
