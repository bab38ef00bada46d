import Testing

@testable import ContestCore

/// Whether a bank can play a segment: as many matching questions as the segment's rules can ask for.
struct BankCoverageTests {
    static func buzz(_ count: Int) -> SegmentRules {
        var rules = BuzzRules()
        rules.questionCount = count
        return .buzz(rules)
    }

    /// Rules, draw filter, and the shortfall lines for 8 teams of 3 over a bank of 2 per type and difficulty.
    static let segments: [(SegmentRules, DrawFilter, [String])] = [
        (buzz(6), DrawFilter(types: [.single]), []),
        (buzz(10), DrawFilter(types: [.single]), ["题型 单选题）的题只有 6 道，至少需要 10 道（questionCount）"]),
        (.speed(SpeedRules()), .any, []),
        (.speed(SpeedRules()), DrawFilter(types: [.single], difficulties: [1]), ["题型 单选题；难度 1）的题只有 2 道，至少需要 8 道"]),
        (.relay(RelayRules()), DrawFilter(types: [.trueFalse]), ["只有 6 道，至少需要 24 道（每队接力一整轮）"]),
        (.essay(EssayRules()), .any, ["题型 论述题）的题只有 6 道，至少需要 8 道（每队一道）"]),
        (
            .risk(RiskRules()), DrawFilter(types: [.short]),
            ["分值档 10：符合抽题条件（题型 简答题；难度 1）", "分值档 20：", "分值档 30："]
        ),
        (.tieBreak(BuzzRules()), DrawFilter(categories: ["无此分类"]), ["分类 无此分类）的题只有 0 道，至少需要 10 道"]),
    ]

    @Test(arguments: segments)
    func aSegmentNeedsAsManyQuestionsAsItsRulesCanAskFor(rules: SegmentRules, draw: DrawFilter, lacks: [String]) {
        let config = Fixture.config(segments: [SegmentConfig(rules: rules, draw: draw)])
        let lines = BankCoverage.shortfalls(of: config, in: Fixture.bank(perKind: 2))
        #expect(lines.count == lacks.count)
        for (line, part) in zip(lines, lacks) {
            #expect(line.hasPrefix("第1环节「\(rules.kind.chineseName)」："))
            #expect(line.contains(part), "\(line)")
        }
    }

    @Test func theRefusalNamesTheSegmentAndWhatItLacksInBothLanguages() {
        let segments = [SegmentConfig(rules: .speed(SpeedRules())), SegmentConfig(title: "抢答", rules: Self.buzz(20))]
        let lines = BankCoverage.shortfalls(of: Fixture.config(segments: segments), in: Fixture.bank(perKind: 1))
        #expect(
            lines == [
                "第2环节「抢答」：符合抽题条件（题型 单选题、多选题、判断题、填空题、简答题）的题只有 15 道，至少需要 20 道（questionCount）"
                    + " (segment 2 “抢答”: 15 loaded questions match its draw filter (types single, multiple, truefalse,"
                    + " fill, short); it needs at least 20: its questionCount)"
            ])
    }
}
