import ContestCore
import ExamCore
import Testing

@Suite struct ObjectiveGraderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var question: String
        var answer: Submission?
        var rules = MarkingRules()
        var outcome: ObjectiveMark.Outcome
        var hundredths = 0

        var testDescription: String { "\(question) \(answer.map { "\($0)" } ?? "nil") → \(outcome) \(hundredths)" }
    }

    static let partial: MarkingRules = {
        var rules = MarkingRules()
        rules.multiSelect = .partial
        return rules
    }()

    static let third: MarkingRules = {
        var rules = partial
        rules.partialShare = 1.0 / 3
        return rules
    }()

    static let synonyms: MarkingRules = {
        var rules = MarkingRules()
        rules.synonyms = ["F1": ["一窗通办"], "F2": ["首次；告知"]]
        return rules
    }()

    static let cases: [Case] = [
        Case(question: "S1", answer: .choices([1]), outcome: .right, hundredths: 100),
        Case(question: "S1", answer: .choices([0]), outcome: .wrong),
        Case(question: "S1", answer: .choices([]), outcome: .unanswered),
        Case(question: "S1", answer: nil, outcome: .unanswered),
        Case(question: "S1", answer: .text("B"), outcome: .wrong),
        Case(question: "S1", answer: .choices([7]), outcome: .wrong),
        Case(question: "M1", answer: .choices([0, 2]), outcome: .right, hundredths: 200),
        Case(question: "M1", answer: .choices([2, 0]), outcome: .right, hundredths: 200),
        Case(question: "M1", answer: .choices([0]), outcome: .wrong),
        Case(question: "M1", answer: .choices([0]), rules: partial, outcome: .partial, hundredths: 100),
        Case(question: "M1", answer: .choices([0, 0]), rules: partial, outcome: .partial, hundredths: 100),
        Case(question: "M1", answer: .choices([0, 1]), rules: partial, outcome: .wrong),
        Case(question: "M1", answer: .choices([0, 1, 2]), rules: partial, outcome: .wrong),
        Case(question: "M1", answer: .choices([1]), rules: partial, outcome: .wrong),
        Case(question: "M2", answer: .choices([1, 2]), rules: partial, outcome: .partial, hundredths: 100),
        Case(question: "M2", answer: .choices([4]), rules: third, outcome: .partial, hundredths: 67),
        Case(question: "M2", answer: .choices([1, 2, 4]), rules: third, outcome: .right, hundredths: 200),
        Case(question: "T1", answer: .truth(true), outcome: .right, hundredths: 100),
        Case(question: "T1", answer: .truth(false), outcome: .wrong),
        Case(question: "T1", answer: .choices([0]), outcome: .wrong),
        Case(question: "F1", answer: .text("一窗受理"), outcome: .right, hundredths: 100),
        Case(question: "F1", answer: .text(" 一窗 受理\n"), outcome: .right, hundredths: 100),
        Case(question: "F1", answer: .text("ｉｓｏ７０６４"), outcome: .right, hundredths: 100),
        Case(question: "F1", answer: .text("ISO-7064"), outcome: .wrong),
        Case(question: "F1", answer: .text("一窗通办"), outcome: .wrong),
        Case(question: "F1", answer: .text("一窗通办"), rules: synonyms, outcome: .right, hundredths: 100),
        Case(question: "F1", answer: .text("  "), outcome: .unanswered),
        Case(question: "F2", answer: .text("一次性；告知"), outcome: .right, hundredths: 100),
        Case(question: "F2", answer: .text("一次;告知"), outcome: .right, hundredths: 100),
        Case(question: "F2", answer: .text("一次性 告知"), outcome: .right, hundredths: 100),
        Case(question: "F2", answer: .text("一次性，告知"), outcome: .right, hundredths: 100),
        Case(question: "F2", answer: .text("一次性｜告知；"), outcome: .right, hundredths: 100),
        Case(question: "F2", answer: .text("告知；一次性"), outcome: .wrong),
        Case(question: "F2", answer: .text("一次性"), outcome: .wrong),
        Case(question: "F2", answer: .text("一次性；告知；另加"), outcome: .wrong),
        Case(question: "F2", answer: .text("首次；告知"), outcome: .wrong),
        Case(question: "F2", answer: .text("首次 告知"), rules: synonyms, outcome: .right, hundredths: 100),
        Case(question: "A1", answer: .text("首问负责"), outcome: .toBeMarked),
        Case(question: "A1", answer: .text(" \n"), outcome: .unanswered),
        Case(question: "E1", answer: .text("便民"), outcome: .toBeMarked),
        Case(question: "E1", answer: .truth(true), outcome: .wrong),
    ]

    @Test(arguments: cases)
    func gradesByTheKey(_ row: Case) throws {
        let paper = ExamFixtures.exam(shuffled: false).paper(for: "A001")
        let question = try #require(paper.question(row.question))
        let mark = ObjectiveGrader.grade(row.answer, for: question, rules: row.rules)
        #expect(mark == ObjectiveMark(row.outcome, points: Points(hundredths: row.hundredths)))
    }

    @Test func choicesAreMappedBackThroughTheCandidatesOwnOrder() throws {
        let exam = ExamFixtures.exam()
        var moved = false
        for candidate in ExamFixtures.candidates {
            let question = try #require(exam.paper(for: candidate.candidate).question("M2"))
            let shown = [1, 2, 4].map { question.optionOrder.firstIndex(of: $0)! }
            moved = moved || shown != [1, 2, 4]
            #expect(ObjectiveGrader.grade(.choices(shown), for: question, rules: exam.grading).outcome == .right)
            #expect(
                ObjectiveGrader.grade(.choices([1, 2, 4]), for: question, rules: exam.grading).outcome
                    == (shown.sorted() == [1, 2, 4] ? .right : .wrong))
        }
        #expect(moved)
    }
}
