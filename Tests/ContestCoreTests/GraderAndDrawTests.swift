import Testing

@testable import ContestCore

/// Grading typed answers and drawing questions.
struct GraderAndDrawTests {
    static let single = Question(id: "s", type: .single, stem: "?", options: ["a", "b", "c"], answer: .choices([1]))
    static let multiple = Question(
        id: "m", type: .multiple, stem: "?", options: ["a", "b", "c", "d"], answer: .choices([0, 3]))
    static let truth = Question(id: "t", type: .trueFalse, stem: "?", answer: .truth(false))
    static let fill = Question(id: "f", type: .fill, stem: "?", answer: .accepted(["ISO 7064", "校验码"]))
    static let short = Question(id: "q", type: .short, stem: "?", answer: .reference("要点"))

    @Test(arguments: [
        (single, Submission.choices([1]), Verdict?.some(.correct)), (single, .choices([2]), .wrong),
        (multiple, .choices([3, 0]), .correct), (multiple, .choices([0]), .wrong),
        (multiple, .choices([0, 3, 3]), .correct),
        (truth, .truth(false), .correct), (truth, .truth(true), .wrong),
        (fill, .text(" ｉｓｏ７０６４ "), .correct), (fill, .text("校验码"), .correct), (fill, .text("校验位"), .wrong),
        (fill, .text("  "), .wrong), (short, .text("口述"), nil),
    ])
    func typedAnswersAreGraded(question: Question, submission: Submission, verdict: Verdict?) throws {
        #expect(try Grader.grade(submission, for: question) == verdict)
    }

    @Test(arguments: [
        (single, Submission.choices([0, 1])), (single, .choices([3])), (single, .choices([])), (single, .truth(true)),
        (truth, .choices([0])), (fill, .choices([0])), (short, .truth(true)), (multiple, .choices([-1])),
    ])
    func answersOfTheWrongShapeAreRefused(question: Question, submission: Submission) {
        #expect(throws: Rejection(.invalidAnswer)) { try Grader.grade(submission, for: question) }
    }

    @Test func drawsAreSeededFilteredAndNeverRepeat() {
        let pool = QuestionPool(Fixture.bank())
        let filter = DrawFilter(types: [.single], difficulties: [2])
        var used: Set<String> = []
        var order: [String] = []
        for draw in 0..<12 {
            let question = pool.draw(matching: filter, excluding: used, seed: 7, draw: draw)!
            #expect(filter.matches(question))
            #expect(!used.contains(question.id))
            used.insert(question.id)
            order.append(question.id)
        }
        #expect(pool.draw(matching: filter, excluding: used, seed: 7, draw: 12) == nil)
        var again: Set<String> = []
        let replay = (0..<12).map { draw in
            let id = pool.draw(matching: filter, excluding: again, seed: 7, draw: draw)!.id
            again.insert(id)
            return id
        }
        #expect(replay == order)
        #expect(pool.draw(matching: filter, excluding: [], seed: 8, draw: 0) != nil)
    }

    @Test func differentSeedsGiveDifferentContests() {
        let orders = [1, 2, 3].map { seed in
            (0..<5).map {
                QuestionPool(Fixture.bank()).draw(matching: .any, excluding: [], seed: UInt64(seed), draw: $0)!.id
            }
        }
        #expect(Set(orders).count == 3)
    }

    @Test func anEmptyBankSegmentIsRefusedNotCrashed() {
        var h = Harness(Fixture.contest(Fixture.one(.buzz(BuzzRules()), draw: DrawFilter(categories: ["无此分类"]))))
        h.ok(.startSegment(0), at: s(1))
        h.refused(.bankExhausted, .showQuestion(id: nil), at: s(2))
    }

    @Test(arguments: [("A", 0), ("h", 7), ("Ｃ", 2), ("ｄ", 3), ("I", nil), ("甲", nil), ("AB", nil)])
    func optionLettersAcceptFullWidthAndLowerCase(text: String, index: Int?) {
        #expect(text.count == 1 ? OptionLetter.index(of: Character(text)) == index : index == nil)
    }
}
