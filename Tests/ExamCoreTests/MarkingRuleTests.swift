import ContestCore
import ExamCore
import Testing

@Suite struct MarkingRuleTests {
    /// A book with one script of `max` points; returns it with the script's two first markers.
    static func oneScript(max: Points = 10, rules: MarkingRules = MarkingRules()) -> (MarkingBook, Int, Int) {
        var book = MarkingBook(rules: rules, markers: 4, seed: 9)
        _ = book.handle(
            .addScripts([SubjectiveAnswer(candidate: "2026120007", question: "q51", text: "一次性告知…", max: max)]),
            at: 0)
        let markers = book.scripts[0].markers
        return (book, markers[0], markers[1])
    }

    static func mark(_ book: inout MarkingBook, _ marker: Int, _ points: Points) -> Result<
        [MarkingEvent], MarkingRejection
    > {
        book.handle(.mark(marker: marker, script: 1, points: points, note: ""), at: 100)
    }

    static func points(_ value: Double) -> Points { Points(hundredths: Int((value * 100).rounded())) }

    /// 15% of the question's points: a spread exactly at it needs no third mark, anything over does.
    @Test(arguments: [
        (10.0, 7.0, 8.5, false, 7.75), (10.0, 7.0, 9.0, true, 0), (20.0, 10.0, 13.0, false, 11.5),
        (20.0, 10.0, 13.5, true, 0), (10.0, 5.0, 5.0, false, 5), (10.0, 10.0, 8.5, false, 9.25),
    ])
    func theToleranceDecidesWhetherAThirdMarkerMarks(
        max: Double, first: Double, second: Double, third: Bool, final: Double
    ) throws {
        var (book, one, two) = Self.oneScript(max: Self.points(max))
        _ = try Self.mark(&book, one, Self.points(first)).get()
        #expect(book.scripts[0].final == nil)
        let events = try Self.mark(&book, two, Self.points(second)).get()
        if third {
            #expect(book.scripts[0].final == nil)
            let assigned = try #require(book.scripts[0].third)
            #expect(![one, two].contains(assigned))
            #expect(events.last == .thirdMarkerAssigned(script: 1, marker: assigned))
            #expect(book.nextScript(for: assigned) == 1)
            #expect(book.progress.needingThird == 1)
        } else {
            #expect(book.scripts[0].third == nil)
            #expect(book.scripts[0].final == Self.points(final))
            #expect(events.last == .scriptFinal(script: 1, points: Self.points(final)))
        }
    }

    @Test(arguments: [
        (MarkingRules.ThirdMark.closerPair, 6.0, 9.0, 8.5, 8.75), (.third, 6.0, 9.0, 8.5, 8.5),
        (.meanOfThree, 6.0, 9.0, 8.5, 7.83), (.closerPair, 4.0, 8.0, 6.0, 6), (.meanOfThree, 5.0, 8.0, 7.5, 6.83),
        (.closerPair, 2.0, 9.0, 1.0, 1.5), (.meanOfThree, 0.0, 10.0, 0.5, 3.5),
    ])
    func theThirdMarkRuleDecidesTheFinalMark(
        rule: MarkingRules.ThirdMark, first: Double, second: Double, third: Double, final: Double
    ) throws {
        var rules = MarkingRules()
        rules.thirdMark = rule
        #expect(
            MarkingBook.combine([Self.points(first), Self.points(second)], third: Self.points(third), rule: rule)
                == Self.points(final))
        var (book, one, two) = Self.oneScript(rules: rules)
        _ = try Self.mark(&book, one, Self.points(first)).get()
        _ = try Self.mark(&book, two, Self.points(second)).get()
        let arbiter = try #require(book.scripts[0].third)
        let events = try Self.mark(&book, arbiter, Self.points(third)).get()
        #expect(events.last == .scriptFinal(script: 1, points: Self.points(final)))
        #expect(book.finalMarks == ["2026120007": ["q51": Self.points(final)]])
    }

    @Test(arguments: [
        (0.0, true), (0.5, true), (7.5, true), (10.0, true), (7.25, false), (0.01, false), (10.5, false),
        (-0.5, false),
    ])
    func marksGoInHalfPointSteps(value: Double, accepted: Bool) {
        var (book, one, _) = Self.oneScript()
        let result = Self.mark(&book, one, Self.points(value))
        if accepted {
            #expect(book.scripts[0].mark(by: one)?.points == Self.points(value))
        } else {
            #expect(result == .failure(MarkingRejection(.invalidMark)))
            #expect(book.scripts[0].marks.isEmpty)
        }
    }

    @Test func aMarkerMayChangeTheirMarkUntilTheScriptIsFinal() throws {
        var (book, one, two) = Self.oneScript()
        _ = try Self.mark(&book, one, 3).get()
        _ = try Self.mark(&book, one, 8).get()
        #expect(book.scripts[0].marks.count == 1)
        _ = try Self.mark(&book, two, 9).get()
        #expect(book.scripts[0].final == Self.points(8.5))
        #expect(Self.mark(&book, one, 9) == .failure(MarkingRejection(.scriptFinal)))
        #expect(book.scripts[0].final == Self.points(8.5))
    }

    @Test func firstMarkersComingCloserSettleAScriptWaitingForItsThird() throws {
        var (book, one, two) = Self.oneScript()
        _ = try Self.mark(&book, one, 3).get()
        _ = try Self.mark(&book, two, 9).get()
        let arbiter = try #require(book.scripts[0].third)
        _ = try Self.mark(&book, one, 8).get()
        #expect(book.scripts[0].final == Self.points(8.5))
        #expect(book.nextScript(for: arbiter) == nil)
        #expect(Self.mark(&book, arbiter, 8) == .failure(MarkingRejection(.scriptFinal)))
    }

    @Test func onlyTheAssignedMarkersMayMark() throws {
        var (book, one, two) = Self.oneScript()
        let outsider = try #require((1...4).first { ![one, two].contains($0) })
        #expect(Self.mark(&book, outsider, 5) == .failure(MarkingRejection(.notAssigned)))
        #expect(Self.mark(&book, 5, 5) == .failure(MarkingRejection(.unknownMarker)))
        let elsewhere = book.handle(.mark(marker: one, script: 2, points: 5, note: ""), at: 0)
        #expect(elsewhere == .failure(MarkingRejection(.unknownScript)))
        #expect(book.scripts[0].marks.isEmpty)
    }

    @Test func everyRejectionSpeaksBothLanguages() {
        for code in MarkingRejection.Code.allCases {
            let rejection = MarkingRejection(code)
            #expect(!rejection.message().isEmpty && rejection.message() != rejection.message(.english))
        }
    }
}
