import ContestCore
import ExamCore
import Foundation
import Testing

@Suite struct PracticalBookTests {
    static let contestants = [
        PracticalContestant(id: "A02", name: "李娜", order: 2), PracticalContestant(id: "A01", name: "王芳", order: 1),
    ]

    static func judges(_ count: Int) -> [PracticalJudge] {
        (1...count).map { PracticalJudge(number: $0, name: "评委\($0)") }
    }

    static func book(judges: Int = 3, rubric: PracticalRubric = PracticalRubric()) -> PracticalBook {
        PracticalBook(rubric: rubric, contestants: contestants, judges: Self.judges(judges), chief: 1)
    }

    /// Two items of 50: a total of `total` is scored as its first 50 and the rest.
    static var halves: PracticalRubric {
        var rubric = PracticalRubric()
        rubric.items = [PracticalRubric.Item(name: "受理审核", max: 50), PracticalRubric.Item(name: "应急处置", max: 50)]
        return rubric
    }

    /// The judge scores `total` on the two halves of `halves` and signs.
    static func fill(_ book: inout PracticalBook, judge: Int, contestant: String = "A01", total: Points, at: Micros = 5)
    {
        let first = min(total, 50)
        _ = book.handle(.score(judge: judge, contestant: contestant, item: 0, points: first), at: at)
        _ = book.handle(.score(judge: judge, contestant: contestant, item: 1, points: total - first), at: at)
        _ = book.handle(.sign(judge: judge, contestant: contestant), at: at + 1)
    }

    static func points(_ value: Double) -> Points { Points(hundredths: Int((value * 100).rounded())) }

    @Test(arguments: [
        (0, 0.0, true), (0, 10.0, true), (0, 9.5, true), (0, 10.01, false), (0, -1.0, false), (2, 30.0, true),
        (2, 30.5, false), (4, 17.25, true), (5, 1.0, false), (-1, 1.0, false),
    ])
    func scoresStayWithinTheItemsMaximum(item: Int, value: Double, accepted: Bool) {
        var book = Self.book()
        let result = book.handle(.score(judge: 2, contestant: "A01", item: item, points: Self.points(value)), at: 1)
        if accepted {
            #expect(book.sheet(judge: 2, contestant: "A01").items[item] == Self.points(value))
        } else {
            let expected = (0..<5).contains(item) ? PracticalRejection.Code.invalidScore : .unknownItem
            #expect(result == .failure(PracticalRejection(expected)))
            #expect(book == Self.book())
        }
    }

    @Test func unknownJudgesAndContestantsAreRefused() {
        var book = Self.book()
        #expect(
            book.handle(.score(judge: 4, contestant: "A01", item: 0, points: 1), at: 0)
                == .failure(PracticalRejection(.unknownJudge)))
        #expect(
            book.handle(.score(judge: 1, contestant: "B07", item: 0, points: 1), at: 0)
                == .failure(PracticalRejection(.unknownContestant)))
    }

    @Test func aSheetIsSignedOnlyWhenEveryItemIsScoredAndThenLocked() throws {
        var book = Self.book(rubric: Self.halves)
        _ = try book.handle(.score(judge: 2, contestant: "A01", item: 0, points: 40), at: 1).get()
        #expect(book.handle(.sign(judge: 2, contestant: "A01"), at: 2) == .failure(PracticalRejection(.itemsUnscored)))
        _ = try book.handle(.score(judge: 2, contestant: "A01", item: 1, points: 45), at: 3).get()
        #expect(
            try book.handle(.sign(judge: 2, contestant: "A01"), at: 4).get()
                == [.sheetSigned(judge: 2, contestant: "A01", at: 4)])
        #expect(
            book.handle(.score(judge: 2, contestant: "A01", item: 1, points: 50), at: 5)
                == .failure(PracticalRejection(.sheetSigned)))
        #expect(book.handle(.sign(judge: 2, contestant: "A01"), at: 6) == .failure(PracticalRejection(.sheetSigned)))
        #expect(book.sheet(judge: 2, contestant: "A01").total == 85)
        #expect(book.sheet(judge: 2, contestant: "A01").signedAt == 4)
    }

    @Test func onlyTheChiefReopensASignedSheetAndOnlyWithAReason() throws {
        var book = Self.book(rubric: Self.halves)
        #expect(
            book.handle(.reopen(chief: 1, judge: 2, contestant: "A01", reason: "误录"), at: 1)
                == .failure(PracticalRejection(.notSigned)))
        Self.fill(&book, judge: 2, total: 85)
        #expect(
            book.handle(.reopen(chief: 3, judge: 2, contestant: "A01", reason: "误录"), at: 10)
                == .failure(PracticalRejection(.notChief)))
        #expect(
            book.handle(.reopen(chief: 1, judge: 2, contestant: "A01", reason: "  \n"), at: 10)
                == .failure(PracticalRejection(.reasonRequired)))
        #expect(book.record.isEmpty)
        _ = try book.handle(.reopen(chief: 1, judge: 2, contestant: "A01", reason: " 第二项误录为 35 "), at: 11).get()
        #expect(book.record == [PracticalReopen(chief: 1, judge: 2, contestant: "A01", reason: "第二项误录为 35", at: 11)])
        #expect(book.sheet(judge: 2, contestant: "A01").signedAt == nil)
        _ = try book.handle(.score(judge: 2, contestant: "A01", item: 1, points: 45), at: 12).get()
        _ = try book.handle(.sign(judge: 2, contestant: "A01"), at: 13).get()
        #expect(book.sheet(judge: 2, contestant: "A01").total == 95)
        #expect(book.scoreSheet("A01")?.reopens.map(\.reason) == ["第二项误录为 35"])
    }

    /// Five judges: one highest and one lowest total dropped; three: the plain mean (`docs/rules.md`).
    @Test(arguments: [
        ([88.0, 92, 75, 95, 90], 90.0), ([18.0, 17, 19, 16, 18], 17.67), ([80.0, 85, 91], 85.33),
        ([60.0, 100, 100], 86.67), ([70.5, 70.5, 71], 70.67),
    ])
    func theScoreIsTheTrimmedMeanOfTheSheetTotals(totals: [Double], score: Double) {
        var book = Self.book(judges: totals.count, rubric: Self.halves)
        for (index, total) in totals.enumerated() { Self.fill(&book, judge: index + 1, total: Self.points(total)) }
        let sheet = book.scoreSheet("A01")
        #expect(sheet?.final == true)
        #expect(sheet?.score == Self.points(score))
        #expect(book.finalScores == ["A01": Self.points(score)])
    }

    @Test func theScoreIsNotFinalUntilEveryJudgeHasSigned() throws {
        var book = Self.book(judges: 3, rubric: Self.halves)
        #expect(book.scoreSheet("A01")?.score == nil)
        Self.fill(&book, judge: 1, total: 80)
        Self.fill(&book, judge: 2, total: 90)
        _ = try book.handle(.score(judge: 3, contestant: "A01", item: 0, points: 50), at: 7).get()
        _ = try book.handle(.score(judge: 3, contestant: "A01", item: 1, points: 50), at: 7).get()
        var sheet = try #require(book.scoreSheet("A01"))
        #expect(!sheet.final && sheet.score == 85)
        #expect(book.finalScores.isEmpty)
        _ = try book.handle(.sign(judge: 3, contestant: "A01"), at: 8).get()
        sheet = try #require(book.scoreSheet("A01"))
        #expect(sheet.final && sheet.score == Self.points(90))
        _ = try book.handle(.reopen(chief: 1, judge: 3, contestant: "A01", reason: "复核"), at: 9).get()
        #expect(book.scoreSheet("A01")?.final == false)
    }

    @Test func thePrintedSheetHasEveryJudgesRowInPerformingOrder() {
        var book = Self.book(judges: 3, rubric: Self.halves)
        Self.fill(&book, judge: 1, total: 80, at: 100)
        Self.fill(&book, judge: 2, total: 91, at: 200)
        _ = book.handle(.score(judge: 3, contestant: "A01", item: 0, points: 40), at: 300)
        let sheets = book.scoreSheets
        #expect(sheets.map(\.contestant.id) == ["A01", "A02"])
        let first = sheets[0]
        #expect(first.items.map(\.name) == ["受理审核", "应急处置"])
        #expect(first.rows.map(\.judge.name) == ["评委1", "评委2", "评委3"])
        #expect(first.rows.map(\.signedAt) == [101, 201, nil])
        #expect(first.rows[2].points == [40, nil] && first.rows[2].total == 40)
        #expect(first.itemMeans == [50, Points(hundredths: 3550)])
        #expect(sheets[1].rows.allSatisfy { $0.points == [nil, nil] && $0.total == .zero })
        #expect(sheets[1].score == nil && !sheets[1].final)
    }
}
