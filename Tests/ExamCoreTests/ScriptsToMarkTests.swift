import ContestCore
import ExamCore
import Testing

@Suite struct ScriptsToMarkTests {
    @Test func aFinishedPapersWrittenAnswersGoToTheMarkers() throws {
        let exam = ExamFixtures.exam()
        var day = ExamState(exam: exam)
        let at = ExamFixtures.start + ExamFixtures.minute
        for candidate in ["A001", "A002"] {
            _ = try day.handle(.enter(candidate: candidate), at: at).get()
            _ = try day.handle(.saveAnswer(candidate: candidate, question: "A1", answer: .text("首问负责")), at: at).get()
            _ = try day.handle(.saveAnswer(candidate: candidate, question: "E1", answer: .text("  ")), at: at).get()
            _ = try day.handle(.saveAnswer(candidate: candidate, question: "S1", answer: .choices([1])), at: at).get()
        }
        _ = try day.handle(.submit(candidate: "A001"), at: at + 1).get()
        let expected = [SubjectiveAnswer(candidate: "A001", question: "A1", text: "首问负责", max: 10)]
        #expect(day.scriptsToMark("A001") == expected)
        #expect(day.scriptsToMark("A002").isEmpty)
        #expect(day.scriptsToMark("A003").isEmpty)
        #expect(day.scriptsToMark == expected)

        var book = MarkingBook(rules: exam.grading, markers: 3, seed: exam.seed)
        _ = try book.handle(.addScripts(day.scriptsToMark), at: at + 2).get()
        #expect(book.hasScript(candidate: "A001", question: "A1"))
        #expect(!book.hasScript(candidate: "A001", question: "E1"))
        let questions = MarkingQuestion.questions(of: exam.paper)
        #expect(Set(questions.keys) == ["A1", "E1"])
        let view = try book.view(marker: book.scripts[0].markers[0], script: 1, questions: questions).get()
        #expect(view.markingPoints == ["首问负责", "限时办结"] && view.text == "首问负责")
    }
}
