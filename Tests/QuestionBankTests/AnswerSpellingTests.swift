import ContestCore
import Testing

@testable import QuestionBank

/// Loads one row with the given type and answer cell, four options for choice types.
func answer(type: String, cell: String) -> Answer? {
    let options = ["单选", "多选"].contains(type) ? "甲,乙,丙,丁" : ",,,"
    let stem = type == "填空" ? "题干（  ）" : "题干"
    let quoted = cell.contains(",") ? "\"\(cell)\"" : cell
    let result = load(csv(header, "Q1,\(type),\(stem),\(options),\(quoted),c,1"), file: "b.csv")
    return result.bank.questions.first?.answer
}

@Test(arguments: [
    ("单选", "A", Answer.choices([0])), ("单选", "d", .choices([3])), ("单选", "Ｃ", .choices([2])),
    ("单选", " B ", .choices([1])), ("多选", "ABD", .choices([0, 1, 3])), ("多选", "A,B,D", .choices([0, 1, 3])),
    ("多选", "A、B、D", .choices([0, 1, 3])), ("多选", "Ａ，Ｂ", .choices([0, 1])), ("多选", "DBA", .choices([0, 1, 3])),
    ("多选", "a b", .choices([0, 1])), ("多选", "A;C", .choices([0, 2])),
])
func choiceAnswersAcceptEverySpellingOrganisersUse(type: String, cell: String, expected: Answer) {
    #expect(answer(type: type, cell: cell) == expected)
}

@Test(arguments: [
    ("对", true), ("错", false), ("√", true), ("×", false), ("正确", true), ("错误", false), ("T", true), ("F", false),
    ("t", true), ("f", false), ("true", true), ("FALSE", false), ("是", true), ("否", false), ("✓", true), ("✗", false),
    ("Ｔ", true), ("Y", true), ("N", false),
])
func trueFalseAnswersAcceptEverySpellingOrganisersUse(cell: String, expected: Bool) {
    #expect(answer(type: "判断", cell: cell) == .truth(expected))
}

@Test(arguments: [
    ("一次", ["一次"]), ("一次|1次", ["一次", "1次"]), ("一次｜1次", ["一次", "1次"]), (" 一次 | 1次 ", ["一次", "1次"]),
    ("一次；1次", ["一次；1次"]),
])
func fillAnswersSplitOnTheBarOnly(cell: String, expected: [String]) {
    #expect(answer(type: "填空", cell: cell) == .accepted(expected))
}

@Test(arguments: [
    ("单选", QuestionType.single), ("单选题", .single), ("单项选择题", .single), ("single", .single), ("Single", .single),
    ("多选题", .multiple), ("多项选择题", .multiple), ("不定项选择题", .multiple), ("multiple", .multiple),
    ("判断题", .trueFalse), ("是非题", .trueFalse), ("truefalse", .trueFalse), ("true/false", .trueFalse),
    ("填空题", .fill), ("fill", .fill), ("简答题", .short), ("short answer", .short), ("论述题", .essay),
    ("案例分析题", .essay), ("essay", .essay),
])
func typeNamesAreReadInChineseAndEnglish(spelling: String, expected: QuestionType) {
    #expect(Spellings.questionType(spelling) == expected)
}

@Test(arguments: [
    ("1", 1), ("2", 2), ("3", 3), ("易", 1), ("中", 2), ("难", 3), ("简单", 1), ("中等", 2), ("困难", 3), ("easy", 1),
    ("Medium", 2), ("HARD", 3), ("３", 3),
])
func difficultiesAreReadAsNumbersOrWords(spelling: String, expected: Int) {
    #expect(Spellings.difficulty(spelling) == expected)
}

@Test(arguments: ["0", "4", "很难", "2.5", ""])
func otherDifficultiesAreRejected(spelling: String) {
    #expect(Spellings.difficulty(spelling) == nil)
}

@Test func englishHeadersReadTheSameBankAsChineseHeaders() {
    let chinese = load(csv(header, "Q1,单选,题干？,甲,乙,丙,丁,B,c,1"), file: "zh.csv")
    let english = load(
        csv(
            "ID,Type,Stem,Option A,Option B,Option C,Option D,Answer,Category,Difficulty", "Q1,single,题干？,甲,乙,丙,丁,B,c,1"
        ),
        file: "en.csv")
    #expect(pins(english) == [])
    #expect(english.bank.questions == chinese.bank.questions)
}

@Test(arguments: [
    ("选项A", CSVColumn.option(0)), ("选项 B", .option(1)), ("选项Ｃ", .option(2)), ("option h", .option(7)),
    ("A", .option(0)), ("选项1", .option(0)), ("*题干", .field(.stem)), ("正确答案", .field(.answer)),
    ("解析", .field(.explanation)), ("来源", .field(.source)), ("分档", .field(.difficulty)), ("Tier", .field(.difficulty)),
    ("分值", .field(.points)), ("题号", .field(.id)),
])
func headerVariantsMapToColumns(header: String, expected: CSVColumn) {
    #expect(CSVColumns.column(for: header) == expected)
}

@Test(arguments: [
    ("A.政务服务网", 0, "政务服务网"), ("B、局域网", 1, "局域网"), ("Ｃ．广播网", 2, "广播网"), ("d: 有线电视", 3, "有线电视"),
    ("A.股", 1, "A.股"), ("B超", 1, "B超"), ("A", 0, "A"), ("A.A.甲", 0, "甲"), ("A.", 0, ""),
])
func optionLetterPrefixesAreDroppedOnlyForTheirOwnLetter(cell: String, index: Int, expected: String) {
    #expect(Spellings.optionText(cell, index: index) == expected)
}
