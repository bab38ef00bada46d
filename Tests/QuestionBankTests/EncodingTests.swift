import Testing

@testable import QuestionBank

let chineseBank = csv(header, "Q1,单选,政务服务“一网通办”的目标是？,跑一次,跑多次,不用跑,随便跑,A,一网通办,易")

@Test func plainUTF8IsReadAsUTF8() {
    let result = BankLoader.load(bytes: Array(chineseBank.utf8), file: "b.csv")
    #expect(result.encoding == .utf8)
    #expect(result.bank.questions.first?.stem == "政务服务“一网通办”的目标是？")
}

@Test func utf8WithByteOrderMarkDropsTheMark() {
    let result = BankLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array(chineseBank.utf8), file: "b.csv")
    #expect(result.encoding == .utf8WithBOM)
    #expect(result.isValid)
    #expect(result.bank.questions.first?.id == "Q1")
}

@Test func gb18030FromKnownBytesIsDetected() {
    // 题型,题干,答案 / 填空,办理（  ）,时限 in GB18030, as Excel on a Chinese Windows saves "CSV".
    let bytes: [UInt8] =
        [
            0xCC, 0xE2, 0xD0, 0xCD, 0x2C, 0xCC, 0xE2, 0xB8, 0xC9, 0x2C, 0xB4, 0xF0, 0xB0, 0xB8, 0x2C, 0xC4, 0xD1, 0xB6,
            0xC8, 0x0D, 0x0A,
        ]
        + [
            0xCC, 0xEE, 0xBF, 0xD5, 0x2C, 0xB0, 0xEC, 0xC0, 0xED, 0xA3, 0xA8, 0x20, 0x20, 0xA3, 0xA9, 0x2C, 0xCA, 0xB1,
            0xCF, 0xDE,
        ]
        + [0x2C, 0x31, 0x0D, 0x0A]
    let result = BankLoader.load(bytes: bytes, file: "b.csv")
    #expect(result.encoding == .gb18030)
    #expect(pins(result) == [])
    #expect(result.bank.questions.first?.stem == "办理（  ）")
    #expect(result.bank.questions.first?.answer == .accepted(["时限"]))
}

@Test func gb18030WholeBankMatchesTheUTF8Bank() {
    let utf8 = BankLoader.load(bytes: Array(chineseBank.utf8), file: "b.csv")
    let gb = BankLoader.load(bytes: encode(chineseBank, as: "GB18030"), file: "b.csv")
    #expect(gb.encoding == .gb18030)
    #expect(gb.bank == utf8.bank)
}

@Test func gb18030FourByteCharactersDecode() {
    let text = csv(header, "Q1,判断,生僻字𠀀可以录入。,,,,,对,c,1")
    let bytes = encode(text, as: "GB18030")
    #expect(bytes.contains(0x95))
    let result = BankLoader.load(bytes: bytes, file: "b.csv")
    #expect(result.encoding == .gb18030)
    #expect(result.bank.questions.first?.stem == "生僻字𠀀可以录入。")
}

@Test func gb18030PositionsCountCharactersNotBytes() {
    let text = csv(header, "Q1,单选,题干？,甲,乙,丙,丁,E,c,1")
    let result = BankLoader.load(bytes: encode(text, as: "GB18030"), file: "b.csv")
    #expect(pins(result) == ["b.csv:2:19: answer-not-in-options"])
}

@Test func utf16LittleEndianUnicodeTextIsReadAsTabSeparated() {
    let text = header.replacingOccurrences(of: ",", with: "\t") + "\r\n" + "Q1\t单选\t题干？\t甲\t乙\t丙\t丁\tB\tc\t1\r\n"
    let result = BankLoader.load(bytes: [0xFF, 0xFE] + encode(text, as: "UTF-16LE"), file: "b.txt")
    #expect(result.encoding == .utf16LittleEndian)
    #expect(pins(result) == [])
    #expect(result.bank.questions.first?.options == ["甲", "乙", "丙", "丁"])
}

@Test func bytesInNoEncodingArePlacedAtTheFirstBadByte() {
    let result = BankLoader.load(bytes: Array("ab\ncd".utf8) + [0xFF, 0x41], file: "b.csv")
    #expect(pins(result) == ["b.csv:2:3: bad-encoding"])
    #expect(result.encoding == nil)
}

@Test func badBytesAfterAByteOrderMarkAreNotGuessedAsGB18030() {
    let result = BankLoader.load(bytes: [0xEF, 0xBB, 0xBF, 0x41, 0xCC, 0xE2], file: "b.csv")
    #expect(pins(result) == ["b.csv:1:2: bad-encoding"])
}

@Test(
    arguments: [
        ([0x41, 0xC3, 0xA9], nil), ([0xE9, 0xA2, 0x98], nil), ([0xF0, 0xA0, 0x80, 0x80], nil), ([0x41, 0xC0, 0x80], 1),
        ([0xED, 0xA0, 0x80], 0), ([0xE9, 0xA2], 0), ([0x41, 0x42, 0xFF], 2), ([0xF4, 0x90, 0x80, 0x80], 0),
    ] as [([UInt8], Int?)])
func utf8ValidatorFindsTheFirstMalformedSequence(bytes: [UInt8], firstBad: Int?) {
    #expect(UTF8Validator.firstInvalidOffset(in: bytes) == firstBad)
}

@Test(arguments: [("UTF-8 with BOM", TextEncoding.utf8WithBOM), ("GB18030", .gb18030)])
func jsonBanksAreDecodedLikeCSVBanks(name: String, encoding: TextEncoding) {
    let text = json(#"{"id":"A1","type":"truefalse","stem":"窗口应当一次性告知。","answer":true,"difficulty":1}"#)
    let bytes = encoding == .gb18030 ? encode(text, as: "GB18030") : [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    let result = BankLoader.load(bytes: bytes, file: "b.json")
    #expect(result.encoding == encoding)
    #expect(pins(result) == [])
    #expect(result.bank.questions.first?.stem == "窗口应当一次性告知。")
}
