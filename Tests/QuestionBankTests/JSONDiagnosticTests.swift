import Testing

@testable import QuestionBank

let jsonCases: [DiagnosticCase] = [
    DiagnosticCase(
        name: "stem of the wrong kind", file: "b.json",
        text: json(#"{"id":"A1","type":"short","stem":7,"answer":"x","difficulty":1}"#),
        expected: ["b.json:2:34: wrong-type"]),
    DiagnosticCase(
        name: "unknown key", file: "b.json",
        text: json(#"{"id":"A1","type":"short","stem":"s","answers":"x","difficulty":1}"#),
        expected: ["b.json:2:1: missing-reference", "b.json:2:38: unknown-field"]),
    DiagnosticCase(
        name: "duplicate key", file: "b.json",
        text: json(#"{"id":"A1","id":"A2","type":"short","stem":"s","answer":"x","difficulty":1}"#),
        expected: ["b.json:2:12: duplicate-key"]),
    DiagnosticCase(
        name: "missing id", file: "b.json", text: json(#"{"type":"short","stem":"s","answer":"x","difficulty":1}"#),
        expected: ["b.json:2:1: missing-id"]),
    DiagnosticCase(
        name: "unknown type", file: "b.json",
        text: json(#"{"id":"A1","type":"choice","stem":"s","answer":"x","difficulty":1}"#),
        expected: ["b.json:2:19: unknown-type"]),
    DiagnosticCase(
        name: "too many options", file: "b.json",
        text: json(
            #"{"id":"A1","type":"single","stem":"s","options":["1","2","3","4","5","6","7","8","9"],"#
                + #""answer":"A","difficulty":1}"#),
        expected: ["b.json:2:49: too-many-options"]),
    DiagnosticCase(
        name: "empty option string", file: "b.json",
        text: json(#"{"id":"A1","type":"single","stem":"s","options":["1",""],"answer":"A","difficulty":1}"#),
        expected: ["b.json:2:54: empty-option"]),
    DiagnosticCase(
        name: "options on a true/false question", file: "b.json",
        text: json(#"{"id":"A1","type":"truefalse","stem":"s","options":["对","错"],"answer":true,"difficulty":1}"#),
        expected: ["b.json:2:53: options-not-allowed"]),
    DiagnosticCase(
        name: "choice answer given as a list", file: "b.json",
        text: json(#"{"id":"A1","type":"single","stem":"s","options":["1","2"],"answer":["A"],"difficulty":1}"#),
        expected: ["b.json:2:68: wrong-type"]),
    DiagnosticCase(
        name: "true/false answer as a list", file: "b.json",
        text: json(#"{"id":"A1","type":"truefalse","stem":"s","answer":["x"],"difficulty":1}"#),
        expected: ["b.json:2:51: wrong-type"]),
    DiagnosticCase(
        name: "fill-in answer holding the CSV separator", file: "b.json",
        text: json(#"{"id":"A1","type":"fill","stem":"s（  ）","answer":["a|b"],"difficulty":1}"#),
        expected: ["b.json:2:51: fill-answer-separator"]),
    DiagnosticCase(
        name: "fractional difficulty", file: "b.json",
        text: json(#"{"id":"A1","type":"short","stem":"s","answer":"x","difficulty":2.5}"#),
        expected: ["b.json:2:64: bad-difficulty"]),
    DiagnosticCase(
        name: "zero points", file: "b.json",
        text: json(#"{"id":"A1","type":"short","stem":"s","answer":"x","difficulty":1,"points":0}"#),
        expected: ["b.json:2:75: bad-points"]),
    DiagnosticCase(
        name: "unknown format marker", file: "b.json",
        text: #"{"format":"quiz-bank/2","questions":["#
            + #"{"id":"A1","type":"short","stem":"s","answer":"x","difficulty":1}]}"#,
        expected: ["b.json:1:11: unknown-format"]),
    DiagnosticCase(
        name: "bank that is not an object", file: "b.json", text: "[]", expected: ["b.json:1:1: bank-not-object"]),
    DiagnosticCase(
        name: "bank without questions", file: "b.json", text: #"{"title":"t"}"#,
        expected: ["b.json:1:1: missing-questions"]),
    DiagnosticCase(
        name: "question that is not an object", file: "b.json", text: #"{"questions":["题"]}"#,
        expected: ["b.json:1:15: question-not-object"]),
    DiagnosticCase(
        name: "duplicate id across lines", file: "b.json",
        text: json(
            #"{"id":"A1","type":"short","stem":"s1","answer":"x","difficulty":1},"#
                + "\n" + #"{"id":"A1","type":"short","stem":"s2","answer":"x","difficulty":1}"#),
        expected: ["b.json:3:7: duplicate-id"]),
    DiagnosticCase(
        name: "trailing comma", file: "b.json", text: "{\"questions\": [1, 2,]}",
        expected: ["b.json:1:21: json-syntax"]),
    DiagnosticCase(
        name: "missing colon", file: "b.json", text: "{\n  \"questions\" []\n}",
        expected: ["b.json:2:15: json-syntax"]),
    DiagnosticCase(
        name: "unclosed string", file: "b.json", text: "{\"title\": \"题库", expected: ["b.json:1:11: json-syntax"]),
    DiagnosticCase(
        name: "raw line break in a string", file: "b.json", text: "{\"title\": \"题\n库\"}",
        expected: ["b.json:1:13: json-syntax"]),
    DiagnosticCase(
        name: "bad escape", file: "b.json", text: #"{"title": "a\x"}"#, expected: ["b.json:1:13: json-syntax"]),
    DiagnosticCase(
        name: "bad number", file: "b.json", text: #"{"questions": 01}"#, expected: ["b.json:1:15: json-syntax"]),
    DiagnosticCase(
        name: "content after the bank", file: "b.json", text: "{\"questions\": []}\n}",
        expected: ["b.json:2:1: json-syntax"]),
    DiagnosticCase(
        name: "file cut short", file: "b.json", text: "{\"questions\": [\n", expected: ["b.json:2:1: json-syntax"]),
]

@Test(arguments: jsonCases)
func jsonProblemsArePinnedToFileLineAndColumn(testCase: DiagnosticCase) {
    #expect(pins(load(testCase.text, file: testCase.file)) == testCase.expected)
}

@Test func aMissingFileIsReportedWithoutAPosition() {
    let result = BankLoader.load(path: "/nonexistent/bank.json")
    #expect(
        result.diagnostics.map { $0.formatted(.english) } == [
            "/nonexistent/bank.json: error: no such file [unreadable-file]"
        ])
}
