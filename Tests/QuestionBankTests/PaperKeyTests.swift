import ContestCore
import Testing

@testable import QuestionBank

/// Five single-choice questions without answers, numbered 1–5, options A–D.
let fiveChoices = (1...5).flatMap { ["\($0)．第\($0)题题干？", "A．甲 B．乙 C．丙 D．丁"] }

@Test(arguments: [
    ["参考答案", "1.A 2.C 3.B 4.D 5.A"], ["参考答案", "1-5 ACBDA"], ["参考答案：", "1～5：ACBDA"], ["答案", "1—5 ACBDA"],
    ["【参考答案】", "1-3 ACB", "4-5 DA"], ["参考答案", "1．A  2．C  3．B  4．D  5．A"], ["参考答案", "1.A2.C3.B4.D5.A"],
    ["参考答案：1-5 ACBDA"], ["1-5 ACBDA"], ["参考答案", "1. A 2. C 3. B 4. D 5. A"], ["参考答案", "1～5 A C B D A"],
    ["参考答案", "1- 5 ACBDA"],
])
func anAnswerKeyAtTheEndAnswersTheQuestions(key: [String]) {
    let text = (["一、单选题"] + fiveChoices + key).joined(separator: "\n")
    let result = BankLoader.load(bytes: Array(text.utf8), file: "p.txt", format: .paper)
    #expect(
        result.bank.questions.map(\.answer) == [
            .choices([0]), .choices([2]), .choices([1]), .choices([3]), .choices([0]),
        ])
    #expect(pins(result) == ["p.txt:2:1: missing-difficulty"])
}

@Test func aKeySplitBySectionHeadingsAnswersEachSection() {
    let result = paper(
        "一、单选题", "1．甲？", "A．是 B．否", "2．乙？", "A．是 B．否", "二、判断题", "1．丙。", "2．丁。", "三、多选题", "1．戊？",
        "A．是 B．否 C．对", "参考答案", "一、单选题", "1-2 AB", "二、判断题", "1-2 √×", "三、多选题", "1.AC")
    #expect(
        result.bank.questions.map(\.answer) == [
            .choices([0]), .choices([1]), .truth(true), .truth(false), .choices([0, 2]),
        ])
}

/// `一、单选题：1-2 AB` and `一、单选题 1.A 2.B`: each section's entries on its heading's own line.
@Test(arguments: ["：", " ", ":"])
func aKeyMayGiveEachSectionsEntriesOnItsHeadingLine(separator: String) {
    let result = paper(
        "一、单选题", "1．甲？", "A．是 B．否", "2．乙？", "A．是 B．否", "二、判断题", "1．丙。", "2．丁。", "三、多选题", "1．戊？",
        "A．是 B．否 C．对", "参考答案", "一、单选题\(separator)1-2 AB", "二、判断题\(separator)1.√ 2.×",
        "三、多选题\(separator)1.AC")
    #expect(
        result.bank.questions.map(\.answer) == [
            .choices([0]), .choices([1]), .truth(true), .truth(false), .choices([0, 2]),
        ])
    #expect(result.errorCount == 0)
}

/// Questions pasted together from several papers mix number styles: the next number in another
/// style starts the next question, unless it continues a list of the question's own.
@Test func theNextNumberInAnotherStyleStartsTheNextQuestion() {
    let result = paper(
        "一、单选题", "1．甲？", "A．是 B．否", "答案：A", "解析：因为", "（2）乙？", "A．是 B．否", "答案：B", "3.丙？",
        "A．是 B．否", "答案：A")
    #expect(result.bank.questions.map(\.stem) == ["甲？", "乙？", "丙？"])
    #expect(result.bank.questions.map(\.explanation) == ["因为", "", ""])
    let list = paper(
        "一、简答题", "1．简述要点。", "参考答案：", "（1）甲；", "（2）乙；", "（3）丙。", "2．再述。", "参考答案：丁")
    #expect(list.bank.questions.map(\.stem) == ["简述要点。", "再述。"])
    #expect(list.bank.questions.first?.answer == .reference("（1）甲；\n（2）乙；\n（3）丙。"))
}

@Test func aKeyWithoutHeadingsMovesOnWhenTheNumbersStartAgain() {
    let result = paper(
        "一、单选题", "1．甲？", "A．是 B．否", "2．乙？", "A．是 B．否", "二、判断题", "1．丙。", "2．丁。", "参考答案", "1.A 2.B",
        "1.√ 2.×")
    #expect(result.bank.questions.map(\.answer) == [.choices([0]), .choices([1]), .truth(true), .truth(false)])
}

@Test func aKeyAfterEachSectionAnswersThatSection() {
    let result = paper(
        "一、判断题", "1．丙。", "2．丁。", "参考答案：1-2 对错", "二、单选题", "1．甲？", "A．是 B．否", "2．乙？", "A．是 B．否", "参考答案",
        "1-2 BA")
    #expect(result.bank.questions.map(\.answer) == [.truth(true), .truth(false), .choices([1]), .choices([0])])
}

@Test func itemNumbersThatContinueAcrossSectionsFindTheirSection() {
    let result = paper(
        "一、单选题", "1．甲？", "A．是 B．否", "2．乙？", "A．是 B．否", "二、判断题", "3．丙。", "4．丁。", "参考答案", "1-4 AB√×")
    #expect(result.bank.questions.map(\.answer) == [.choices([0]), .choices([1]), .truth(true), .truth(false)])
}

@Test func aFillInKeyUnderItsSectionHeadingTakesWords() {
    let result = paper("一、填空题", "1．应当（ ）告知。", "2．（ ）受理。", "参考答案", "一、填空题", "1.一次性 2.一窗/一门")
    #expect(result.bank.questions.map(\.answer) == [.accepted(["一次性"]), .accepted(["一窗", "一门"])])
}

@Test func multipleChoiceRangesTakeOneGroupPerQuestion() {
    let result = paper("一、多选题", "1．甲？", "A．a B．b C．c", "2．乙？", "A．a B．b C．c", "参考答案", "1-2 AB BC")
    #expect(result.bank.questions.map(\.answer) == [.choices([0, 1]), .choices([1, 2])])
}

@Test func anInlineAnswerWinsOverTheKeyAndADisagreementIsReported() {
    let result = paper("一、判断题", "1．丙。", "答案：对", "2．丁。", "答案：错", "参考答案", "1.√ 2.√")
    #expect(result.bank.questions.map(\.answer) == [.truth(true), .truth(false)])
    #expect(pins(result).filter { $0.hasSuffix("answer-conflict") } == ["p.txt:7:7: answer-conflict"])
}
