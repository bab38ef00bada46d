import ContestCore
import Foundation
import Testing

@testable import QuestionBank

/// `bank preview`: each question's source beside what it became, its problems with it, nothing lost.
@Suite struct BankPreviewTests {
    static let bank = csv(
        "编号,题型,题干,选项A,选项B,选项C,选项D,答案,难度",
        "S-1,单选,<b>网</b>指？,政务服务网,局域网,广播网,电视网,A,易",
        "S-2,单选,首问指？,第一位工作人员,负责人,主任,领导,E,中",
        "S-3,多选,首问要求：,不推诿,一次告知,随意答复,主动引导,A,2")

    func preview(_ text: String, language: Language = .chinese) throws -> (BankLoadResult, [BankPreviewItem], String) {
        let path = temporaryDirectory() + "/bank.csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let (result, items) = BankPreview.load(path: path)
        return (result, items, BankPreviewPage.render(result, items: items, language: language))
    }

    @Test func everyRowIsAnItemWithItsOwnSourceAndProblems() throws {
        let (result, items, _) = try preview(Self.bank)
        #expect(items.map(\.sourceText) == Self.bank.split(separator: "\r\n").dropFirst().map(String.init))
        #expect(items.map { $0.question?.id } == ["S-1", nil, "S-3"])
        #expect(
            items.map { $0.diagnostics.map(\.code) } == [[], ["answer-not-in-options"], ["one-answer-for-multiple"]])
        #expect(items.map(\.severity) == [nil, .error, .warning])
        #expect(items.map { $0.location?.description } == ["2:1", "3:1", "4:1"])
        #expect(result.bank.questions.count == 2)
    }

    @Test func thePageEscapesTheSourceMarksTheKeyAndListsProblemsFirst() throws {
        let (_, _, page) = try preview(Self.bank)
        #expect(page.contains("&lt;b&gt;网&lt;/b&gt;指？"))
        #expect(!page.contains("<b>网</b>"))
        #expect(page.contains("<li class=\"key\"><b>A</b> 政务服务网 ✔</li>"))
        #expect(page.contains("<section class=\"item error\" id=\"q2\">"))
        #expect(page.contains("未导入"))
        let problems = try #require(page.range(of: "需要处理的问题"))
        let firstItem = try #require(page.range(of: "id=\"q1\""))
        #expect(problems.lowerBound < firstItem.lowerBound)
        #expect(page.contains("<a href=\"#q2\">"))
        #expect(page.contains("@page { size: A4;"))
    }

    /// A Word paper's items start at their paragraphs, show Word's numbers, and stop before the
    /// next section's heading.
    @Test func aWordPapersItemsAreItsQuestionsParagraphs() throws {
        let (result, items) = BankPreview.load(path: repositoryRoot + "/Tests/Fixtures/office/paper-split-runs.docx")
        #expect(items.count == result.bank.questions.count)
        #expect(items.first?.location == .paragraph(number: 5, excerpt: "1．“一网通办”的核心含…"))
        #expect(items.first?.sourceText.hasPrefix("1．“一网通办”的核心含义是下列哪一项？") == true)
        #expect(!items.contains { $0.sourceText.contains("二、多项选择题") })
        // The last line of a question stays, even one that starts like an answer key's heading.
        #expect(items.dropFirst().first?.sourceText.hasSuffix("答案:C。解析:能由系统获取的信息不再让群众重复提交，以数据流转代替群众奔波。") == true)
        #expect(items.allSatisfy { $0.question != nil })
    }

    @Test func theEnglishPageSpeaksEnglish() throws {
        let (_, _, page) = try preview(Self.bank, language: .english)
        #expect(page.contains("Problems to resolve"))
        #expect(page.contains("Not imported"))
        #expect(!page.contains("未导入"))
    }

    @Test func theCommandWritesThePageAndFailsOnErrors() throws {
        let directory = temporaryDirectory()
        let input = directory + "/bank.csv"
        try Self.bank.write(toFile: input, atomically: true, encoding: .utf8)
        let output = directory + "/proof.html"
        let run = BankTool.run(["preview", input, "-o", output])
        #expect(run.exitCode == 1)
        #expect(run.errors.contains("answer-not-in-options"))
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("<!DOCTYPE html>"))
        #expect(BankTool.run(["preview"]).exitCode == 2)
        #expect(BankTool.run(["preview", input, "-o"]).exitCode == 2)
    }
}
