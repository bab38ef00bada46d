import Testing

@testable import ContestProtocol

@Test(arguments: [
    (#"{"a":"\u9898\u5e72"}"#, "题干"), (#"{"a":"\ud83d\ude00"}"#, "😀"), (#"{"a":"x\"y\\z\/\n\t"}"#, "x\"y\\z/\n\t"),
    (#"{"a":"plain 题干"}"#, "plain 题干"),
])
func jsonStringsDecodeEveryEscape(text: String, expected: String) throws {
    let root = try JSONParser.parse(Array(text.utf8))
    guard case .object(let members) = root.value, case .string(let value) = members.first?.node.value else {
        Issue.record("not an object holding a string")
        return
    }
    #expect(value == expected)
}

@Test(arguments: ["0", "-1", "12.5", "1e3", "-0.5E-2", "true", "false", "null", "[]", "{}", " [1, {\"a\": [null]}] "])
func jsonParserAcceptsEveryValueKind(text: String) throws {
    _ = try JSONParser.parse(Array(text.utf8))
}

@Test(arguments: ["01", "1.", "-", "+1", ".5", "1e", "tru", "[1,]", "{\"a\" 1}", "{,}", "\"\\u12\"", "\"\\ud800\""])
func jsonParserRejectsMalformedText(text: String) {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
}

@Test func deeplyNestedJSONIsRefusedNotCrashed() {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
}

@Test func nestingUpToTheLimitParses() throws {
    let depth = JSONParser.maximumDepth
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    _ = try JSONParser.parse(Array(text.utf8))
}
