import ContestCore
import ExamCore
import Testing

@Suite struct MarkingAssignmentTests {
    static func answers(_ count: Int, questions: [String] = ["q51"], max: Points = 10) -> [SubjectiveAnswer] {
        (0..<count).flatMap { index in
            questions.map {
                SubjectiveAnswer(candidate: "20261200\(10 + index)", question: $0, text: "答案\(index)", max: max)
            }
        }
    }

    static func book(markers: Int, answers: [SubjectiveAnswer], rules: MarkingRules = MarkingRules()) -> MarkingBook {
        var book = MarkingBook(rules: rules, markers: markers, seed: 2026)
        _ = book.handle(.addScripts(answers), at: 0)
        return book
    }

    @Test(arguments: [(3, 10), (4, 31), (5, 60), (7, 7), (6, 100)])
    func everyScriptGetsTwoDifferentMarkersAndTheLoadIsEven(markers: Int, scripts: Int) {
        let book = Self.book(markers: markers, answers: Self.answers(scripts))
        #expect(book.scripts.count == scripts)
        for script in book.scripts {
            #expect(script.markers.count == 2)
            #expect(Set(script.markers).count == 2)
            #expect(script.markers.allSatisfy { (1...markers).contains($0) })
        }
        let loads = (1...markers).map { marker in book.scripts.filter { $0.markers.contains(marker) }.count }
        #expect(loads.reduce(0, +) == 2 * scripts)
        #expect(loads.max()! - loads.min()! <= 1, "loads \(loads)")
    }

    @Test func batchesAddedOneByOneStayEvenToo() {
        var book = MarkingBook(rules: MarkingRules(), markers: 5, seed: 1)
        for answer in Self.answers(23) { _ = book.handle(.addScripts([answer]), at: 0) }
        let loads = (1...5).map { marker in book.scripts.filter { $0.markers.contains(marker) }.count }
        #expect(loads.max()! - loads.min()! <= 1, "loads \(loads)")
    }

    @Test func markersArePairedWithDifferentColleagues() {
        let book = Self.book(markers: 4, answers: Self.answers(12))
        let pairs = Set(book.scripts.map { Set($0.markers) })
        #expect(pairs.count >= 4, "pairs \(pairs)")
    }

    @Test func scriptNumbersDoNotFollowTheRosterOrder() {
        let book = Self.book(markers: 3, answers: Self.answers(20))
        #expect(book.scripts.map(\.number) == Array(1...20))
        let candidates = book.scripts.map(\.candidate)
        #expect(candidates != candidates.sorted())
        #expect(Set(candidates).count == 20)
    }

    @Test func answersAreNumberedQuestionByQuestion() {
        let book = Self.book(markers: 3, answers: Self.answers(4, questions: ["q51", "q52"]))
        #expect(book.scripts.map(\.question) == ["q51", "q51", "q51", "q51", "q52", "q52", "q52", "q52"])
    }

    @Test func theSameSeedAndAnswersGiveTheSameAssignment() {
        let one = Self.book(markers: 5, answers: Self.answers(30))
        let two = Self.book(markers: 5, answers: Self.answers(30))
        #expect(one == two)
    }

    /// Every marker works through `nextScript` until nothing is left, the marks scattered so that some
    /// scripts need a third marker: nobody is ever offered a script they marked, and every script ends final.
    @Test(arguments: [3, 4, 6])
    func nextScriptNeverOffersAScriptTheMarkerMarked(markers: Int) {
        var book = Self.book(markers: markers, answers: Self.answers(40, questions: ["q51", "q52"]))
        var generator = SplitMix64(seed: UInt64(markers))
        var marked: [Int: Set<Int>] = [:]
        var progressing = true
        while progressing {
            progressing = false
            for marker in 1...markers {
                guard let script = book.nextScript(for: marker) else { continue }
                #expect(!marked[marker, default: []].contains(script))
                #expect(book.script(script)!.isAssigned(to: marker))
                let points = Points(hundredths: Int(generator.next() % 21) * 50)
                let result = book.handle(.mark(marker: marker, script: script, points: points, note: ""), at: 1)
                #expect((try? result.get()) != nil)
                marked[marker, default: []].insert(script)
                progressing = true
            }
        }
        #expect(book.isComplete)
        #expect(book.scripts.contains { $0.third != nil })
        for script in book.scripts where script.third != nil {
            #expect(!script.markers.contains(script.third!))
        }
        #expect(book.finalMarks.count == 40)
        #expect(book.finalMarks.values.allSatisfy { $0.count == 2 })
    }

    @Test func twoMarkersAreTooFewForAThirdMark() {
        var book = MarkingBook(rules: MarkingRules(), markers: 2, seed: 0)
        #expect(book.handle(.addScripts(Self.answers(1)), at: 0) == .failure(MarkingRejection(.notEnoughMarkers)))
        #expect(book.scripts.isEmpty)
    }

    @Test func anAnswerIsMarkedOnceOnly() {
        var book = Self.book(markers: 3, answers: Self.answers(2))
        let again = book.handle(.addScripts([Self.answers(1)[0]]), at: 0)
        #expect(again == .failure(MarkingRejection(.duplicateScript)))
        let twiceInOneBatch = book.handle(.addScripts(Self.answers(1, questions: ["q9", "q9"])), at: 0)
        #expect(twiceInOneBatch == .failure(MarkingRejection(.duplicateScript)))
        #expect(book.scripts.count == 2)
    }

    @Test func anAnswerWorthNothingIsRefused() {
        var book = MarkingBook(rules: MarkingRules(), markers: 3, seed: 0)
        let result = book.handle(.addScripts(Self.answers(1, max: .zero)), at: 0)
        #expect(result == .failure(MarkingRejection(.invalidScript)))
    }
}
