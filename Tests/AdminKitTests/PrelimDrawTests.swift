import ContestCore
import ExamCore
import Foundation
import Testing

@testable import AdminKit

struct PrelimDrawTests {
    static let shareCases: [(Int, Double, Int)] = [
        (20, 0.9, 18), (10, 0.9, 9), (5, 0.9, 5), (15, 0.9, 14), (7, 0.9, 6), (3, 0.9, 3), (1, 0.9, 1),
        (4, 0.5, 2), (3, 0.5, 2), (10, 1, 10), (10, 0, 0), (9, 0.75, 7), (3, 0.1666, 1),
    ]

    @Test(arguments: shareCases)
    func theBankCountIsCountTimesShareRoundedHalfToTheBank(count: Int, share: Double, expected: Int) {
        #expect(BlueprintSection(type: "单选题", count: count, points: 1).bankCount(share: share) == expected)
    }

    @Test func eachSectionTakesTheBankShareFromTheBankAndTheRestFromTheOwnFile() throws {
        let outcome = drawPaper(
            blueprint([("单选题", 10, 1), ("简答题", 5, 10)]),
            bank: questions(.single, 20, prefix: "B") + questions(.short, 10, prefix: "B"),
            own: questions(.single, 5, prefix: "O") + questions(.short, 5, prefix: "O"))
        let paper = try #require(outcome.paper)
        #expect(outcome.diagnostics.isEmpty)
        #expect(paper.sections.map { $0.questions.filter { $0.source == .bank }.count } == [9, 5])
        #expect(paper.sections.map { $0.questions.filter { $0.source == .own }.count } == [1, 0])
        #expect(paper.items.map(\.number) == Array(1...15))
        #expect(paper.items.allSatisfy { ($0.source == .own) == ($0.file == "自有题.json") })
        #expect(paper.totalPoints == 60)
    }

    @Test func withoutAnOwnFileEverythingComesFromTheBankWithAWarning() throws {
        let outcome = drawPaper(blueprint([("单选题", 10, 1)]), bank: questions(.single, 10, prefix: "B"))
        #expect(try #require(outcome.paper).items.allSatisfy { $0.source == .bank })
        #expect(outcome.diagnostics.map { $0.formatted() } == ["蓝图.json: 警告: 未给出自有题文件（--own）：全部试题从题库抽取 [no-own-file]"])
    }

    static let shortCases: [(String, Int, Int, String)] = [
        ("bank short", 3, 5, "蓝图.json: 错误: 单选题需要从题库抽 9 题，符合条件的只有 3 题 [too-few-questions]"),
        ("own short", 20, 0, "自有题.json: 错误: 单选题需要从自有题文件抽 1 题，符合条件的只有 0 题 [too-few-questions]"),
    ]

    @Test(arguments: shortCases)
    func aTypeShortOfQuestionsStopsTheDrawNamingTypeAndCounts(label: String, bank: Int, own: Int, line: String) {
        let outcome = drawPaper(
            blueprint([("单选题", 10, 1)]), bank: questions(.single, bank, prefix: "B"),
            own: questions(.single, own, prefix: "O") + questions(.fill, 3, prefix: "O"))
        #expect(outcome.paper == nil, "\(label)")
        #expect(outcome.diagnostics.map { $0.formatted() } == [line], "\(label)")
    }

    @Test func aFilterNarrowsTheCandidatesAndTheShortageCountsOnlyThoseThatMatch() {
        var plan = blueprint([("单选题", 2, 1)], share: 1)
        plan.sections[0].difficulties = [3]
        let outcome = drawPaper(plan, bank: questions(.single, 10, prefix: "B"), own: [])
        #expect(outcome.diagnostics.map(\.problem.code) == ["too-few-questions"])
        #expect(outcome.diagnostics.first?.message().hasSuffix("只有 0 题") == true)
    }

    @Test func theSameIdInBankAndOwnFileIsOneQuestion() throws {
        var twin = questions(.single, 1, prefix: "B")[0]
        twin.stem = "另一道题的题干"
        let outcome = drawPaper(
            blueprint([("单选题", 2, 1)], share: 0.5), bank: questions(.single, 1, prefix: "B"),
            own: [twin] + questions(.single, 1, prefix: "O"))
        let paper = try #require(outcome.paper)
        #expect(Set(paper.items.map(\.id)) == ["B-1", "O-1"])
        #expect(
            outcome.diagnostics.map { $0.formatted() } == [
                "自有题.json: 警告: 试题 B-1 与 题库.json 的 B-1 编号相同，按同一题处理，只保留 B-1 [same-question]"
            ])
    }

    @Test func theSameStemUnderAnotherIdIsOneQuestionBlanksIgnored() {
        var copy = questions(.single, 1, prefix: "B")[0]
        copy.id = "O-9"
        copy.stem = " " + copy.stem.replacingOccurrences(of: " ", with: "\u{3000}") + "\n"
        let outcome = drawPaper(
            blueprint([("单选题", 2, 1)], share: 0.5), bank: questions(.single, 1, prefix: "B"), own: [copy])
        #expect(outcome.paper == nil)
        #expect(
            outcome.diagnostics.map(\.problem.code) == ["same-question", "too-few-questions"],
            "the copy is not counted as an own question")
        #expect(outcome.diagnostics.first?.message().contains("O-9 与 题库.json 的 B-1 题干相同") == true)
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedAnotherOrder() throws {
        let plan = blueprint([("单选题", 10, 1), ("判断题", 10, 1)])
        let bank = questions(.single, 40, prefix: "B") + questions(.trueFalse, 40, prefix: "B")
        let own = questions(.single, 5, prefix: "O") + questions(.trueFalse, 5, prefix: "O")
        let first = try #require(drawPaper(plan, bank: bank, own: own, seed: 42).paper)
        let again = try #require(drawPaper(plan, bank: bank, own: own, seed: 42).paper)
        let other = try #require(drawPaper(plan, bank: bank, own: own, seed: 43).paper)
        #expect(first.encoded() == again.encoded())
        #expect(first.items.map(\.id) != other.items.map(\.id))
        #expect(first.encoded() != other.encoded())
        #expect(Set(first.items.map(\.id)).count == 20, "no question twice")
    }

    @Test func thePaperReadsBackAsItWasWritten() throws {
        let bank =
            questions(.single, 2, prefix: "B") + questions(.multiple, 2, prefix: "B")
            + questions(.trueFalse, 2, prefix: "B") + questions(.fill, 2, prefix: "B")
            + questions(.short, 2, prefix: "B") + questions(.essay, 2, prefix: "B")
        let plan = blueprint(QuestionType.allCases.map { ($0.chineseName, 2, Points(hundredths: 150)) }, share: 1)
        let paper = try #require(drawPaper(plan, bank: bank, own: []).paper)
        let read = try JSONDecoder().decode(WrittenPaper.self, from: Data(paper.encoded()))
        #expect(read == paper)
        #expect(read.items.map(\.answer.answer) == paper.items.map(\.answer.answer))
    }

    static let markingCases: [(String, [String])] = [
        ("评分要点：①要点甲；②要点乙。", ["要点甲", "要点乙"]),
        ("①一，②二，③三", ["一", "二", "三"]),
        ("没有编号的参考答案", []),
        ("⑩第十点；⑳第二十点", ["第十点", "第二十点"]),
    ]

    @Test(arguments: markingCases)
    func markingPointsAreTheReferencePiecesAfterCircledNumbers(reference: String, expected: [String]) {
        #expect(PaperAnswer.markingPoints(reference) == expected)
    }

    static let blankCases: [(String, String)] = [
        ("群众少（）。", "群众少<span class=\"blank\">（<span></span>）</span>。"),
        (
            "自（  ）日起 (　) 内",
            "自<span class=\"blank\">（<span></span>）</span>日起 <span class=\"blank\">（<span></span>）</span> 内"
        ),
        ("依照《法》（第三条）规定", "依照《法》（第三条）规定"),
        ("未闭合（", "未闭合（"),
    ]

    @Test(arguments: blankCases)
    func aFillInsBlankIsWidenedOnThePaperAndOtherBracketsStay(stem: String, html: String) {
        #expect(WrittenPaperPage.widenedBlanks(stem) == html)
    }
}
