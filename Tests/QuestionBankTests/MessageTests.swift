import ContestCore
import Testing

@testable import QuestionBank

/// One of every problem, so each message is rendered in both languages at least once.
let everyProblem: [Problem] = [
    .unreadableFile(.notFound), .unreadableFile(.isDirectory), .unreadableFile(.unreadable), .badEncoding, .emptyFile,
    .noQuestions, .jsonSyntax(.expected(.value, found: "]")), .jsonSyntax(.expected(.colon, found: nil)),
    .jsonSyntax(.unterminatedString), .jsonSyntax(.controlCharacterInString), .jsonSyntax(.badEscape("\\x")),
    .jsonSyntax(.badNumber("01")), .jsonSyntax(.trailingContent("}")), .jsonSyntax(.tooDeep), .bankNotObject,
    .missingQuestions, .questionNotObject, .wrongType(field: "stem", expected: .string), .unknownField("answers"),
    .duplicateKey("id"), .unknownFormat("quiz-bank/2"), .unterminatedQuote, .textAfterQuote, .missingColumn(.answer),
    .unknownColumn("备注"), .duplicateColumn("题干"), .extraCells(2), .missingID,
    .duplicateID("Q1", first: .text(SourcePosition(line: 2, column: 1))),
    .missingType, .unknownType("选择"), .missingStem, .duplicateStem(first: .text(SourcePosition(line: 2, column: 1))),
    .fillWithoutBlank,
    .tooFewOptions(1), .tooManyOptions(9), .emptyOption("B"), .duplicateOption("B", sameAs: "A"),
    .optionsNotAllowed(.trueFalse), .missingAnswer, .missingReference, .badChoiceAnswer("甲"),
    .answerNotInOptions("E", optionCount: 4), .severalAnswersForSingle("AB"), .oneAnswerForMultiple,
    .repeatedAnswerLetter("A"), .badTrueFalseAnswer("也许"), .emptyFillAnswer, .fillAnswerHasSeparator("a|b"),
    .badDifficulty("4"), .missingDifficulty, .badPoints("-5"), .ignoredText("（本题库共330题）"), .typeInferred(.single),
    .optionsAfterAnswer, .optionOutOfOrder("C", expected: "B"), .keyWithoutQuestion(7),
    .keyCountMismatch(range: "1-5", expected: 5, found: 4), .answerConflict(kept: "A", other: "B"),
    .fillBlankCount(blanks: 2, answers: 1), .tooManyFillCombinations(32), .unexpectedItemNumber(5, expected: 4),
]

@Test(arguments: everyProblem)
func everyProblemHasAChineseAndADifferentEnglishMessage(problem: Problem) {
    let chinese = problem.message(.chinese)
    let english = problem.message(.english)
    #expect(!chinese.isEmpty && !english.isEmpty && chinese != english)
    #expect(chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
}

@Test func problemCodesAreDistinctPerKindOfProblem() {
    let codes = Set(everyProblem.map(\.code))
    #expect(codes.count == 53)
}

@Test func everyCodeIsExercisedByADiagnosticTable() {
    let pinned = Set(
        (csvCases + jsonCases + paperCases).flatMap(\.expected).map { $0.split(separator: " ").last.map(String.init)! })
    let untested = Set(everyProblem.map(\.code)).subtracting(pinned).subtracting(["unreadable-file", "bad-encoding"])
    #expect(untested.isEmpty, "no table case for \(untested.sorted())")
}

@Test(arguments: [
    (
        Diagnostic(
            file: "b.csv", location: .text(SourcePosition(line: 12, column: 40)),
            problem: .answerNotInOptions("E", optionCount: 4)), Language.chinese,
        "b.csv:12:40: 错误: 答案 E 不在选项中（只有 A–D） [answer-not-in-options]"
    ),
    (
        Diagnostic(
            file: "b.csv", location: .text(SourcePosition(line: 12, column: 40)),
            problem: .answerNotInOptions("E", optionCount: 4)), Language.english,
        "b.csv:12:40: error: answer E is not among the options (A–D only) [answer-not-in-options]"
    ),
    (
        Diagnostic(
            file: "b.json", location: .text(SourcePosition(line: 3, column: 7)),
            problem: .duplicateStem(first: .text(SourcePosition(line: 2, column: 1)))),
        Language.chinese, "b.json:3:7: 警告: 题干与第 2 行的题目相同 [duplicate-stem]"
    ),
    (
        Diagnostic(
            file: "b.json", location: .text(SourcePosition(line: 3, column: 7)),
            problem: .duplicateStem(first: .text(SourcePosition(line: 2, column: 1)))),
        Language.english, "b.json:3:7: warning: same stem as the question on line 2 [duplicate-stem]"
    ),
    (
        Diagnostic(
            file: "b.json", location: .text(SourcePosition(line: 1, column: 21)),
            problem: .jsonSyntax(.expected(.value, found: "]"))), Language.chinese,
        "b.json:1:21: 错误: JSON 语法错误：此处应为一个值，却是“]” [json-syntax]"
    ),
])
func diagnosticsPrintAsFileLineColumnSeverityMessageAndCode(diagnostic: Diagnostic, language: Language, line: String) {
    #expect(diagnostic.formatted(language) == line)
}

@Test func aDuplicateNamesTheLineOfTheFirstOccurrence() {
    let text = csv(header, "Q1,单选,题干一？,甲,乙,丙,丁,B,c,1", "Q2,单选,题干二？,甲,乙,丙,丁,B,c,1", "Q1,判断,题干三。,,,,,对,c,1")
    let result = load(text, file: "b.csv")
    #expect(
        result.diagnostics.map { $0.formatted(.english) } == [
            "b.csv:4:1: error: duplicate id \"Q1\" (first used on line 2) [duplicate-id]"
        ])
}
