import ContestCore
import ExamCore
import Foundation
import Testing

@Suite struct CandidatePaperTests {
    /// Ten single choice questions with five options each: 10! question orders, so twenty candidates differ.
    static let wide: WrittenPaper = {
        var paper = ExamFixtures.paper
        let options = ["一", "二", "三", "四", "五"]
        paper.sections[0].questions = (1...10).map {
            ExamFixtures.item("W\($0)", .single, options: options, answer: .choices([$0 % 5]))
        }
        return paper
    }()

    static let roster = (1...20).map { "2026120\(String(1000 + $0).dropFirst())" }

    @Test func theSameSeedAndCandidateGiveTheSamePaper() {
        for candidate in Self.roster {
            let first = CandidatePaper(paper: Self.wide, seed: 42, candidate: candidate, shuffle: .init())
            let again = CandidatePaper(paper: Self.wide, seed: 42, candidate: candidate, shuffle: .init())
            #expect(first == again)
        }
    }

    @Test func candidatesGetDifferentOrdersOfEveryQuestionExactlyOnce() {
        let papers = Self.roster.map { CandidatePaper(paper: Self.wide, seed: 42, candidate: $0, shuffle: .init()) }
        let orders = papers.map { $0.questions.map(\.id) }
        #expect(Set(orders).count == papers.count)
        let common = Self.wide.items.map(\.id)
        for (paper, order) in zip(papers, orders) {
            #expect(order.sorted() == common.sorted())
            #expect(paper.questions.map(\.number) == Array(1...common.count))
            #expect(paper.questions.map(\.section) == Self.wide.items.map(\.type.chineseName))
            for question in paper.questions {
                #expect(question.optionOrder.sorted() == Array(question.item.options.indices))
            }
        }
        let optionOrders = papers.map { $0.question("W1")!.optionOrder }
        #expect(Set(optionOrders).count > 1)
    }

    @Test func anotherSeedGivesAnotherPaper() {
        let candidate = Self.roster[0]
        let one = CandidatePaper(paper: Self.wide, seed: 1, candidate: candidate, shuffle: .init())
        let two = CandidatePaper(paper: Self.wide, seed: 2, candidate: candidate, shuffle: .init())
        #expect(one.questions.map(\.id) != two.questions.map(\.id))
    }

    /// Pinned, so a change to the hash or the shuffle (or Swift's randomly seeded `Hasher`) cannot pass unseen.
    @Test func theOrderIsTheSameInEveryProcess() {
        let paper = CandidatePaper(paper: Self.wide, seed: 42, candidate: "A001", shuffle: .init())
        #expect(paper.questions.prefix(10).map(\.id) == Self.pinnedOrder)
    }

    static let pinnedOrder = ["W3", "W6", "W7", "W1", "W2", "W10", "W4", "W9", "W8", "W5"]

    @Test func withoutShufflingThePaperIsTheCommonOne() {
        let paper = CandidatePaper(
            paper: Self.wide, seed: 42, candidate: "A001", shuffle: .init(questions: false, options: false))
        #expect(paper.questions.map(\.id) == Self.wide.items.map(\.id))
        #expect(paper.questions.allSatisfy { $0.optionOrder == Array($0.item.options.indices) })
    }

    @Test func onlyChoiceQuestionsHaveTheirOptionsMoved() {
        let exam = ExamFixtures.exam()
        for candidate in ExamFixtures.candidates {
            let paper = exam.paper(for: candidate.candidate)
            let shown = paper.question("S1")!
            #expect(shown.options == shown.optionOrder.map { shown.item.options[$0] })
            #expect(shown.original([shown.optionOrder.firstIndex(of: 1)!]) == [1])
            #expect(shown.original([4]) == nil)
        }
    }

    @Test func theViewCarriesNoKey() throws {
        let exam = ExamFixtures.exam()
        let view = exam.paper(for: "A001").view
        let data = try JSONEncoder().encode(view)
        let text = String(decoding: data, as: UTF8.self)
        for secret in ["一窗受理", "ISO 7064", "告知", "首问负责", "论述要点", "explanation", "answer", "accepted"] {
            #expect(!text.contains(secret), "\(secret) in the candidate's view")
        }
        var keys: Set<String> = []
        Self.collectKeys(try JSONSerialization.jsonObject(with: data), into: &keys)
        #expect(
            keys == ["candidate", "title", "questions", "id", "number", "type", "section", "stem", "options", "points"])
        #expect(view.questions.map(\.id) == exam.paper(for: "A001").questions.map(\.id))
    }

    static func collectKeys(_ node: Any, into keys: inout Set<String>) {
        if let object = node as? [String: Any] {
            for (key, value) in object {
                keys.insert(key)
                collectKeys(value, into: &keys)
            }
        } else if let array = node as? [Any] {
            for element in array { collectKeys(element, into: &keys) }
        }
    }
}
