import ContestCore
import ContestProtocol
import Testing

/// Points are read from their decimal text exactly, never through a binary fraction.
@Test(arguments: [
    ("10", 1000), ("-5", -500), ("17.67", 1767), ("0.5", 50), ("-0.5", -50), ("2.555", 256), ("-2.555", -256),
    ("2.554", 255), ("2.5549", 255), ("0.005", 1), ("0.0049", 0), ("1e1", 1000), ("1.5E-1", 15), ("25e-2", 25),
    ("0", 0), ("-0", 0), ("100.00", 10000),
])
func pointsReadExactlyAndRoundAThirdDecimalHalfAwayFromZero(text: String, hundredths: Int) throws {
    #expect(try Points(jsonText: Array(text.utf8)) == Points(hundredths: hundredths))
}

@Test(arguments: ["1e300", "1e40", "12345678901234567890", "\"10\"", "true"])
func pointsOutOfRangeOrOfTheWrongKindAreRefused(text: String) {
    #expect(throws: ProtocolDecodingError.self) { try Points(jsonText: Array(text.utf8)) }
}

@Test(arguments: [1767, -500, 50, -5, 0, 100_000])
func pointsWriteAsAPersonReadsThemAndReadBack(hundredths: Int) throws {
    let points = Points(hundredths: hundredths)
    let text = JSONWriter.encode(points)
    #expect(String(decoding: text, as: UTF8.self) == points.description)
    #expect(try Points(jsonText: text) == points)
}

@Test(arguments: [
    ("plain", #""plain""#), ("引号\"与\\反斜杠", #""引号\"与\\反斜杠""#), ("a/b", #""a/b""#),
    ("tab\tline\nreturn\r", #""tab\tline\nreturn\r""#), ("\u{1}\u{1F}", #""\u0001\u001f""#), ("😀", #""😀""#),
])
func stringsAreEscapedPerRFC8259AndReadBack(text: String, json: String) throws {
    #expect(String(decoding: JSONWriter.encode(text), as: UTF8.self) == json)
    #expect(try String(jsonText: Array(json.utf8)) == text)
}
