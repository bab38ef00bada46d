import OfficeDocuments
import Testing

struct XMLTokenizerTests {
    /// Every token of `xml`, each written compactly: `<qname ns a=v>`, `</qname>`, or the text.
    static func tokens(_ xml: String) throws(XMLError) -> [String] {
        try tokens(Array(xml.utf8))
    }

    static func tokens(_ bytes: [UInt8]) throws(XMLError) -> [String] {
        var tokenizer = XMLTokenizer(bytes: bytes)
        var result: [String] = []
        while let token = try tokenizer.next() {
            switch token {
            case .start(let tag):
                let attributes = tag.attributes.map { " \($0.name.qualifiedName)=\($0.value)" }.joined()
                let namespace = tag.name.namespace.isEmpty ? "" : " {\(tag.name.namespace)}"
                result.append("<\(tag.name.qualifiedName)\(namespace)\(attributes)\(tag.isSelfClosing ? "/" : "")>")
            case .end(let name): result.append("</\(name.qualifiedName)>")
            case .text(let text): result.append(text)
            }
        }
        return result
    }

    static func error(_ xml: String) -> XMLError? {
        do {
            _ = try tokens(xml)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("<a>x &lt; &gt; &amp; &quot; &apos; y</a>", ["<a>", "x < > & \" ' y", "</a>"]),
        ("<a>&#65;&#x42;&#x4e2d;&#20013;&#x1F600;</a>", ["<a>", "AB中中😀", "</a>"]),
        ("<a><![CDATA[<b>&amp;</b>]]></a>", ["<a>", "<b>&amp;</b>", "</a>"]),
        ("<a><![CDATA[]]></a>", ["<a>", "</a>"]),
        ("<a x=\"1\" y='2' z = \"it's\" q='say \"hi\"'/>", ["<a x=1 y=2 z=it's q=say \"hi\"/>", "</a>"]),
        ("<a x=\"a&#10;b\tc\nd\"/>", ["<a x=a\nb c d/>", "</a>"]),
        ("<a>l1\r\nl2\rl3\n</a>", ["<a>", "l1\nl2\nl3\n", "</a>"]),
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- c --><a><?pi x?><!-- <b> --></a>\n", ["<a>", "</a>"]),
        ("\u{FEFF}<a/>", ["<a/>", "</a>"]),
        ("<a  >t</a >", ["<a>", "t", "</a>"]),
        ("<题目 选项=\"甲\">内容</题目>", ["<题目 选项=甲>", "内容", "</题目>"]),
    ])
    func tokenizes(xml: String, expected: [String]) throws {
        #expect(try Self.tokens(xml) == expected)
    }

    @Test func resolvesPrefixesAndTheDefaultNamespaceInScope() throws {
        let xml = "<x:a xmlns:x=\"urn:x\" xmlns=\"urn:d\"><b x:k=\"1\" k=\"2\"/><x:c xmlns:x=\"urn:y\"/><x:d/></x:a>"
        #expect(
            try Self.tokens(xml) == [
                "<x:a {urn:x}>", "<b {urn:d} x:k=1 k=2/>", "</b>", "<x:c {urn:y}/>", "</x:c>", "<x:d {urn:x}/>",
                "</x:d>", "</x:a>",
            ])
        var tokenizer = XMLTokenizer(bytes: Array("<a xmlns:p=\"urn:p\" p:k=\"v\" xml:space=\"preserve\"/>".utf8))
        guard case .start(let tag) = try tokenizer.next() else {
            Issue.record("no start tag")
            return
        }
        #expect(tag.attributes.map(\.name.namespace) == ["urn:p", XMLTokenizer.xmlNamespace])
        #expect(tag.attribute("space") == "preserve")
    }

    @Test(arguments: [true, false])
    func transcodesUTF16(littleEndian: Bool) throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>中文</a>"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            bytes += littleEndian ? pair : pair.reversed()
        }
        #expect(try Self.tokens(bytes) == ["<a>", "中文", "</a>"])
    }

    @Test func refusesDoctypeWithoutExpandingAnything() {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>"
        #expect(Self.error(xml) == XMLError(offset: 21, problem: .doctype))
        #expect(Self.error(xml)?.message(chinese: false).contains("DTDs are refused") == true)
    }

    @Test func refusesNestingDeeperThan256() throws {
        let deepest = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
        #expect(try Self.tokens(deepest).count == 512)
        let tooDeep = String(repeating: "<a>", count: 257) + String(repeating: "</a>", count: 257)
        #expect(Self.error(tooDeep) == XMLError(offset: 256 * 3, problem: .tooDeep(limit: 256)))
    }

    /// Every malformed input, the offset it is refused at and what was expected there.
    @Test(arguments: [
        ("<a>", 3, XMLError.Problem.unexpectedEnd(expected: "</a>")),
        ("<a></b>", 3, .mismatchedEndTag(expected: "a", found: "b")),
        ("<a/></a>", 4, .unexpectedEndTag("a")),
        ("<a x=1/>", 5, .expected("\" or '")),
        ("<a x/>", 4, .expected("=")),
        ("<a x=\"1\"y=\"2\"/>", 8, .expected("white space, > or />")),
        ("<a x=\"1/>", 9, .unexpectedEnd(expected: "\"")),
        ("<a x=\"<\"/>", 6, .lessThanInAttributeValue),
        ("<a/ >", 3, .expected(">")),
        ("<1a/>", 1, .expectedName),
        ("< a/>", 1, .expectedName),
        ("<a>&nbsp;</a>", 3, .unknownEntity("nbsp")),
        ("<a>&amp</a>", 3, .expected("; after &")),
        ("<a>&#0;</a>", 3, .invalidCharacterReference("#0")),
        ("<a>&#xD800;</a>", 3, .invalidCharacterReference("#xD800")),
        ("<a>&#x110000;</a>", 3, .invalidCharacterReference("#x110000")),
        ("<a>&#;</a>", 3, .invalidCharacterReference("#")),
        ("<a>&#12a;</a>", 3, .invalidCharacterReference("#12a")),
        ("<a><!-- x </a>", 14, .unexpectedEnd(expected: "-->")),
        ("<a><![CDATA[x</a>", 17, .unexpectedEnd(expected: "]]>")),
        ("<a><!ELEMENT a></a>", 3, .expected("<!-- or <![CDATA[")),
        ("<?xml version=\"1.0\"", 19, .unexpectedEnd(expected: "?>")),
        ("<?xml version=\"1.0\" encoding=\"GB2312\"?><a/>", 30, .unsupportedEncoding("GB2312")),
        ("text<a/>", 0, .textOutsideRoot),
        ("<a/>tail", 4, .textOutsideRoot),
        ("<w:p/>", 0, .unboundPrefix("w")),
        ("<a w:x=\"1\"/>", 3, .unboundPrefix("w")),
        ("<a><", 4, .unexpectedEnd(expected: ">")),
        ("<a></a", 6, .unexpectedEnd(expected: ">")),
    ])
    func refusesMalformedInputNamingTheOffset(xml: String, offset: Int, problem: XMLError.Problem) {
        let error = Self.error(xml)
        #expect(error == XMLError(offset: offset, problem: problem))
        #expect(error?.message(chinese: false).contains("byte offset \(offset)") == true)
        #expect(error?.message(chinese: true).contains("第 \(offset) 字节") == true)
    }

    @Test func skipElementReadsToTheMatchingEnd() throws {
        var tokenizer = XMLTokenizer(bytes: Array("<a><b><c/>x<b/></b><d/></a>".utf8))
        _ = try tokenizer.next()
        _ = try tokenizer.next()
        try tokenizer.skipElement()
        guard case .start(let tag) = try tokenizer.next() else {
            Issue.record("no <d>")
            return
        }
        #expect(tag.name.localName == "d")
    }
}
