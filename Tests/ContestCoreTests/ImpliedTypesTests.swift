import Testing

@testable import ContestCore

/// A segment whose `draw` names no types draws the types its kind implies: essays for an essay
/// segment, everything but essays for the others; types named in the file always win.
struct ImpliedTypesTests {
    static let allButEssay: Set<QuestionType> = [.single, .multiple, .trueFalse, .fill, .short]

    static let segments: [(SegmentRules, DrawFilter, Set<QuestionType>)] = [
        (.essay(EssayRules()), .any, [.essay]),
        (.speed(SpeedRules()), .any, allButEssay),
        (.buzz(BuzzRules()), .any, allButEssay),
        (.relay(RelayRules()), .any, allButEssay),
        (.risk(RiskRules()), DrawFilter(categories: [""]), allButEssay),
        (.tieBreak(BuzzRules()), .any, allButEssay),
        (.essay(EssayRules()), DrawFilter(types: [.short, .essay]), [.short, .essay]),
        (.buzz(BuzzRules()), DrawFilter(types: [.essay]), [.essay]),
        (.speed(SpeedRules()), DrawFilter(types: [.fill]), [.fill]),
    ]

    @Test(arguments: segments)
    func aSegmentDrawsTheTypesItsKindImpliesUnlessItNamesThem(
        rules: SegmentRules, draw: DrawFilter, drawn: Set<QuestionType>
    ) {
        let segment = SegmentConfig(rules: rules, draw: draw)
        #expect(Set(Fixture.bank().filter(segment.effectiveDraw.matches).map(\.type)) == drawn)
        #expect(segment.effectiveDraw.categories == draw.categories)
        #expect(segment.effectiveDraw.difficulties == draw.difficulties)
    }

    @Test func anEssaySegmentWithoutATypesFilterShowsOnlyEssays() {
        var h = Harness(Fixture.contest(Fixture.one(.essay(EssayRules()))))
        h.ok(.startSegment(0), at: s(1))
        h.ok(.nextTurn, at: s(2))
        var shown = [h.shownQuestion?.type]
        for void in 3...12 {
            h.ok(.void, at: s(Double(void)))
            shown.append(h.shownQuestion?.type)
        }
        #expect(shown == Array(repeating: .essay, count: 11))
    }
}
