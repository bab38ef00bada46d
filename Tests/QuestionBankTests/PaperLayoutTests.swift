import ContestCore
import Testing

@testable import QuestionBank

@Test(
    arguments: [
        ("一、单选题（每题2分，共35题）", PaperSectionKind.typed(.single), "2"),
        ("第一部分 单选题", .typed(.single), nil), ("第一部分：多项选择题", .typed(.multiple), nil),
        ("一.判断题(1×20)", .typed(.trueFalse), "1"), ("二、多项选择题", .typed(.multiple), nil),
        ("三、填空题", .typed(.fill), nil), ("四、简答题（每题10分）", .typed(.short), "10"), ("论述题", .typed(.essay), nil),
        ("案例分析题", .typed(.essay), nil), ("五、 案例分析题 （2分×10）", .typed(.essay), "2"),
        ("一．单项选择题（本大题共20小题，每小题1分）", .typed(.single), "1"), ("二 、判断题：", .typed(.trueFalse), nil),
        ("【单选题】", .typed(.single), nil), ("六、选择题", .choice, nil), ("第二部分", .untyped, nil),
        ("三、政策法规", .untyped, nil), ("1、单选题", .typed(.single), nil), ("判断题（1分/题）", .typed(.trueFalse), "1"),
        ("Ⅱ、填空题", .typed(.fill), nil),
    ] as [(String, PaperSectionKind, String?)])
func sectionHeadingsGiveTheTypeAndThePoints(line: String, kind: PaperSectionKind, points: String?) throws {
    let heading = try #require(PaperHeading.parse(PaperText(line, offset: 0), from: 0))
    #expect(heading.role == .section(kind))
    #expect(heading.points?.value == points)
}

@Test(arguments: ["单选题目很多", "一网通办", "窗口人员应当（  ）。", "2024年政务服务题库", "1．单选的含义"])
func textThatOnlyStartsLikeAHeadingIsNoHeading(line: String) {
    #expect(PaperHeading.parse(PaperText(line, offset: 0), from: 0) == nil)
}

@Test func headingPointsAreSetOnEveryQuestionOfTheSection() {
    let result = paper("一、判断题（每题2分）", "1．甲。", "答案：对", "2．乙。", "答案：错", "二、判断题", "1．丙。", "答案：对")
    #expect(result.bank.questions.map(\.points) == [2, 2, nil])
}

@Test(arguments: ["1.", "1．", "1、", "(1)", "（1）", "【例1】", "1)", "1）", "第1题", "第 1 题：", "１．", "1. "])
func itemNumbersAreRemovedFromTheStem(number: String) {
    let result = paper("一、判断题", number + "窗口应当一次性告知。", "答案：对")
    #expect(onlyQuestion(result)?.stem == "窗口应当一次性告知。", "\(pins(result))")
}

@Test(arguments: [
    "A.甲\nB.乙\nC.丙\nD.丁", "A．甲\nB．乙\nC．丙\nD．丁", "A、甲\nB、乙\nC、丙\nD、丁", "(A)甲\n(B)乙\n(C)丙\n(D)丁",
    "（A）甲\n（B）乙\n（C）丙\n（D）丁", "A:甲\nB:乙\nC:丙\nD:丁", "A：甲\nB：乙\nC：丙\nD：丁", "A.甲 B.乙 C.丙 D.丁",
    "A.甲\tB.乙\tC.丙\tD.丁", "A．甲　　B．乙　　C．丙　　D．丁", "A.甲  B.乙\nC.丙  D.丁", "A甲 B乙 C丙 D丁",
    "A．甲\nB乙\nC丙\nD丁", "Ａ．甲\nＢ．乙\nＣ．丙\nＤ．丁", "A. 甲\nB. 乙\nC. 丙\nD. 丁",
])
func optionsAreReadInEveryFormPapersUse(options: String) {
    let result = paper("一、单选题", "1．下列正确的是（ ）。", options, "答案：C")
    #expect(onlyQuestion(result)?.options == ["甲", "乙", "丙", "丁"], "\(pins(result))")
    #expect(onlyQuestion(result)?.answer == .choices([2]))
}

@Test func optionTextKeepsLettersThatDoNotStartTheNextOption() {
    let result = paper("一、单选题", "1．下列正确的是（ ）。", "A．维生素B.12  B．A、B两地", "答案：B")
    #expect(onlyQuestion(result)?.options == ["维生素B.12", "A、B两地"])
}

@Test(
    arguments: [
        ("答案：C", Answer.choices([2]), ""), ("答案:C。解析:丙是对的。", .choices([2]), "丙是对的。"),
        ("【答案】C", .choices([2]), ""), ("【答案】C【解析】丙", .choices([2]), "丙"), ("【参考答案】C", .choices([2]), ""),
        ("正确答案：C", .choices([2]), ""), ("参考答案：C", .choices([2]), ""), ("答案：C\n解析：第一行\n第二行", .choices([2]), "第一行\n第二行"),
        ("答案：\nC", .choices([2]), ""), ("标准答案：c", .choices([2]), ""),
    ] as [(String, Answer, String)])
func choiceAnswersAreReadInEveryForm(lines: String, answer: Answer, explanation: String) {
    let result = paper("一、单选题", "1．下列正确的是（ ）。", "A．甲", "B．乙", "C．丙", "D．丁", lines)
    #expect(onlyQuestion(result)?.answer == answer, "\(pins(result))")
    #expect(onlyQuestion(result)?.explanation == explanation)
}

@Test(arguments: [("1．下列正确的是（C）。", "下列正确的是（  ）。"), ("1．下列正确的是( C )", "下列正确的是（  ）")])
func aChoiceAnswerInTheStemsBracketsLeavesAnEmptyBlank(stem: String, expected: String) {
    let result = paper("一、单选题", stem, "A．甲", "B．乙", "C．丙", "D．丁")
    #expect(onlyQuestion(result)?.stem == expected)
    #expect(onlyQuestion(result)?.answer == .choices([2]))
}

@Test(arguments: [
    ("答案：对", true), ("答案：错", false), ("答案：√", true), ("答案：×", false), ("答案：╳", false), ("答案：✓", true),
    ("答案：✗", false), ("答案：正确", true), ("答案：错误", false), ("答案：是", true), ("答案：否", false), ("答案：T", true),
    ("答案：F", false), ("【答案】√", true), ("答案：√。", true),
])
func trueFalseAnswersAcceptEveryMark(line: String, expected: Bool) {
    let result = paper("一、判断题", "1．窗口应当一次性告知。", line)
    #expect(onlyQuestion(result)?.answer == .truth(expected), "\(pins(result))")
}

@Test(arguments: [("（ √ ）", true), ("（×）", false), ("(╳)", false), ("（ 对 ）", true), ("（错误）", false)])
func aTrueFalseAnswerInTheStemsBracketsLeavesAnEmptyBlank(bracket: String, expected: Bool) {
    let result = paper("二、判断题", "1．窗口应当一次性告知。" + bracket)
    #expect(onlyQuestion(result)?.stem == "窗口应当一次性告知。（  ）", "\(pins(result))")
    #expect(onlyQuestion(result)?.answer == .truth(expected))
}

@Test(
    arguments: [
        ("办理（  ）。", "一次性/一次", ["一次性", "一次"]), ("办理（  ）。", "一次性|一次", ["一次性", "一次"]),
        ("办理（  ）。", "一次性｜一次", ["一次性", "一次"]), ("办理（  ）。", "甲；乙", ["甲；乙"]), ("办理____。", "一次", ["一次"]),
        ("（  ）受理、（  ）办结。", "一窗/一门｜限时", ["一窗；限时", "一门；限时"]),
        ("（  ）受理、（  ）办结。", "一窗  限时", ["一窗；限时"]), ("（  ）受理、（  ）办结。", "一窗；限时", ["一窗；限时"]),
        ("（  ）受理、（  ）办结。", "一窗/一门|限时/按时", ["一窗；限时", "一窗；按时", "一门；限时", "一门；按时"]),
        ("____受理，____办结。", "一窗 限时", ["一窗；限时"]), ("( )受理、（　）办结。", "一窗|限时", ["一窗；限时"]),
    ] as [(String, String, [String])])
func fillAnswersSeparateSynonymsAndBlanks(stem: String, answer: String, expected: [String]) {
    let result = paper("三、填空题", "1．" + stem, "答案：" + answer)
    #expect(onlyQuestion(result)?.answer == .accepted(expected), "\(pins(result))")
    #expect(pins(result).filter { !$0.hasSuffix("missing-difficulty") } == [])
}

@Test func moreThanSixteenCombinationsKeepTheFirstSynonyms() {
    let result = paper("三、填空题", "1．（ ）（ ）（ ）（ ）（ ）。", "答案：a/b｜c/d｜e/f｜g/h｜i/j")
    #expect(onlyQuestion(result)?.answer == .accepted(["a；c；e；g；i"]))
    #expect(pins(result).contains("p.txt:3:4: too-many-fill-combinations"))
}

@Test(arguments: [
    ("一、单选题", "1．下列正确的是（ ）", "下列正确的是（  ）"), ("一、单选题", "1．下列正确的是( )", "下列正确的是（  ）"),
    ("一、单选题", "1．下列正确的是（　）", "下列正确的是（  ）"), ("一、单选题", "1．下列正确的是()", "下列正确的是（  ）"),
    ("一、填空题", "1．应当（ ）告知", "应当（  ）告知"), ("一、简答题", "1．简述（ ）", "简述（ ）"),
    ("一、单选题", "1．以下（如笔误）属于", "以下（如笔误）属于"),
])
func emptyBracketsBecomeTheCanonicalBlank(heading: String, stem: String, expected: String) {
    let rest = heading.hasSuffix("单选题") ? ["A．甲", "B．乙", "答案：A"] : ["答案：甲"]
    let result = BankLoader.load(
        bytes: Array(([heading, stem] + rest).joined(separator: "\n").utf8), file: "p.txt", format: .paper)
    let question = onlyQuestion(result)
    #expect(question?.stem == expected)
}

@Test func pageNumbersFieldCodesAndBlankLinesAreNotQuestions() {
    let result = paper(
        "2024年政务服务综合窗口办事员技能竞赛题库", "", "一、判断题（每题1分）", "1．甲。", "答案：对", "- 1 -", "第1页 共3页",
        "{ PAGE \\* MERGEFORMAT }", "PAGE", "NUMPAGES", "第 PAGE 页／共 NUMPAGES 页", "第 1 页／共 3 页", "3", "", "2．乙。",
        "答案：错")
    #expect(result.bank.title == "2024年政务服务综合窗口办事员技能竞赛题库")
    #expect(result.bank.questions.map(\.stem) == ["甲。", "乙。"])
    #expect(pins(result) == ["p.txt:4:1: missing-difficulty"])
}

@Test func aNoteThatIsNoQuestionIsReportedNotDropped() {
    let result = paper("2024年题库", "（本题库共330题）", "一、判断题", "1．甲。", "答案：对", "难度：易")
    #expect(pins(result) == ["p.txt:2:1: ignored-text"])
    #expect(result.bank.questions.count == 1)
}

@Test(arguments: [
    (["A．甲", "B．乙", "答案：B"], QuestionType.single), (["A．甲", "B．乙", "C．丙", "答案：AB"], .multiple),
    (["答案：√"], .trueFalse), (["答案：错误"], .trueFalse), (["答案：一窗"], .short),
])
func withoutAHeadingTheTypeIsInferredFromTheAnswer(lines: [String], type: QuestionType) {
    let result = BankLoader.load(
        bytes: Array((["1．窗口办事的原则是什么？"] + lines).joined(separator: "\n").utf8), file: "p.txt", format: .paper)
    #expect(onlyQuestion(result)?.type == type, "\(pins(result))")
    #expect(pins(result).contains("p.txt:1:1: type-inferred"))
}

@Test func aFillInStemWithoutAHeadingIsInferredFromItsBlank() {
    let result = paper("1．申请材料不齐全的，应当（ ）告知。", "答案：一次性/一次", "难度：中")
    #expect(onlyQuestion(result)?.type == .fill)
    #expect(onlyQuestion(result)?.answer == .accepted(["一次性", "一次"]))
    #expect(pins(result) == ["p.txt:1:1: type-inferred"])
}

@Test func labelledFieldsFillCategoryDifficultyPointsAndSource() {
    let result = paper(
        "一、单选题", "1．题干？", "A．甲", "B．乙", "答案：A", "【解析】因为", "【难度】难", "知识点：一网通办", "来源：原创", "分值：5",
        "【编号】YW-01")
    let question = onlyQuestion(result)
    #expect(question?.explanation == "因为")
    #expect(question?.difficulty == 3)
    #expect(question?.category == "一网通办")
    #expect(question?.source == "原创")
    #expect(question?.points == 5)
    #expect(question?.id == "YW-01")
    #expect(pins(result) == [])
}

@Test func questionsWithoutMarkersAreNumberedByTypeInPaperOrder() {
    let result = paper(
        "一、单选题", "1．甲？", "A．是", "B．否", "答案：A", "二、判断题", "1．乙。", "答案：对", "三、单选题", "1．丙？", "A．是", "B．否",
        "答案：B", "[S-99]")
    #expect(result.bank.questions.map(\.id) == ["S-001", "TF-001", "S-99"])
}

@Test func caseAnalysisPartsAndMarkingPointsStayInTheirQuestion() {
    let result = paper(
        "四、案例分析题", "1．阅读材料，回答问题。", "某窗口……", "（1）指出问题；", "（2）提出改进措施。", "参考答案：", "1. 违反一次性告知；",
        "2. 应当首问负责。", "", "2．论述如何提升服务质量。", "评分要点：", "一、规范服务；", "二、提高效率。", "难度：难")
    let questions = result.bank.questions
    #expect(questions.count == 2, "\(pins(result))")
    #expect(questions.first?.stem == "阅读材料，回答问题。\n某窗口……\n（1）指出问题；\n（2）提出改进措施。")
    #expect(questions.first?.answer == .reference("1. 违反一次性告知；\n2. 应当首问负责。"))
    #expect(questions.last?.answer == .reference("一、规范服务；\n二、提高效率。"))
}

@Test func unnumberedQuestionsAreReadWhenOptionsOrAnAnswerFollow() {
    let result = paper(
        "一、单选题", "窗口的“网”指？", "A．政务服务网", "B．局域网", "答案：A", "首问负责制的要求是？", "A．推诿", "B．一次告知", "答案：B")
    #expect(result.bank.questions.map(\.stem) == ["窗口的“网”指？", "首问负责制的要求是？"])
}

@Test func wordNumberingMarksQuestionsThatHaveNoNumberInTheirText() {
    let texts = ["一、单选题", "下列正确的是（ ）。", "A．甲", "B．乙", "答案：A", "另一题（ ）。", "A．丙", "B．丁", "答案：B"]
    var offset = 0
    var lines: [PaperLine] = []
    for (index, text) in texts.enumerated() {
        let mark: PaperItemMark? =
            index == 1 || index == 5 ? PaperItemMark(label: index == 1 ? "1." : nil, level: 0) : nil
        lines.append(PaperLine(text: text, offset: offset, item: mark))
        offset += text.utf8.count + 1
    }
    var collector = DiagnosticCollector(file: "w.docx", source: SourceText(Array(texts.joined(separator: "\n").utf8)))
    let bank = PaperBankReader.read(lines, collector: &collector)
    #expect(bank.questions.map(\.stem) == ["下列正确的是（  ）。", "另一题（  ）。"])
    #expect(bank.questions.map(\.answer) == [.choices([0]), .choices([1])])
}

@Test(
    arguments: [
        ("a\nb", [0, 2]), ("a\r\nb", [0, 3]), ("a\rb", [0, 2]), ("a\n\nb\n", [0, 2, 3]), ("题\r\n目", [0, 5]),
    ] as [(String, [Int])])
func linesSplitAtLFCRLFAndLoneCR(text: String, offsets: [Int]) {
    #expect(PaperLine.lines(in: Array(text.utf8)).map(\.offset) == offsets)
}

@Test func aListThatStartsOnTheAnswerLineStaysInTheAnswer() {
    let result = paper("四、论述题", "1．论述。", "参考答案：1. 规范", "2. 效率", "2．再论述。", "参考答案：要点", "难度：难")
    #expect(result.bank.questions.map(\.answer) == [.reference("1. 规范\n2. 效率"), .reference("要点")])
}

@Test func aOneWordStemThatIsATypeNameIsAQuestionNotAHeading() {
    let result = paper("四、论述题（每题10分）", "1．论述", "参考答案：要点", "难度：难")
    #expect(onlyQuestion(result)?.stem == "论述")
    #expect(onlyQuestion(result)?.points == 10)
}
