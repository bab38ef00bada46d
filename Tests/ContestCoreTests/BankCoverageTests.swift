import Testing

@testable import ContestCore

/// Whether a bank can play a segment: as many matching questions as the segment's rules can ask for.
struct BankCoverageTests {
    static func buzz(_ count: Int) -> SegmentRules {
        var rules = BuzzRules()
        rules.questionCount = count
        return .buzz(rules)
    }

    /// Rules, draw filter, the shortfall lines for 8 teams of 3 over a bank of 2 per type and
    /// difficulty, and whether they refuse the start (a certain need) or only warn (the worst case).
    static let segments: [(SegmentRules, DrawFilter, [String], Bool)] = [
        (buzz(6), DrawFilter(types: [.single]), [], true),
        (buzz(10), DrawFilter(types: [.single]), ["题型 单选题）的题只有 6 道，至少需要 10 道（questionCount）"], true),
        (.speed(SpeedRules()), .any, [], true),
        (
            .speed(SpeedRules()), DrawFilter(types: [.single], difficulties: [1]),
            ["题型 单选题；难度 1）的题只有 2 道，至少需要 8 道"], true
        ),
        (.relay(RelayRules()), DrawFilter(types: [.trueFalse]), ["只有 6 道，至少需要 24 道（每队接力一整轮）"], false),
        (.essay(EssayRules()), .any, ["题型 论述题）的题只有 6 道，至少需要 8 道（每队一道）"], true),
        (
            .risk(RiskRules()), DrawFilter(types: [.short]),
            ["分值档 10：符合抽题条件（题型 简答题；难度 1）", "分值档 20：", "分值档 30："], false
        ),
        (.tieBreak(BuzzRules()), DrawFilter(types: [.single]), ["题型 单选题）的题只有 6 道，至少需要 10 道"], false),
        (.tieBreak(BuzzRules()), DrawFilter(categories: ["无此分类"]), ["分类 无此分类）的题只有 0 道，至少需要 10 道"], true),
    ]

    @Test(arguments: segments)
    func aSegmentNeedsAsManyQuestionsAsItsRulesCanAskFor(
        rules: SegmentRules, draw: DrawFilter, lacks: [String], blocking: Bool
    ) {
        let config = Fixture.config(segments: [SegmentConfig(rules: rules, draw: draw)])
        let shortfalls = BankCoverage.shortfalls(of: config, in: Fixture.bank(perKind: 2))
        #expect(shortfalls.count == lacks.count)
        for (shortfall, part) in zip(shortfalls, lacks) {
            #expect(shortfall.line.hasPrefix("第1环节「\(rules.kind.chineseName)」："))
            #expect(shortfall.line.contains(part), "\(shortfall.line)")
            #expect(shortfall.blocking == blocking, "\(shortfall.line)")
        }
    }

    @Test func theRefusalNamesTheSegmentAndWhatItLacksInBothLanguages() {
        let segments = [SegmentConfig(rules: .speed(SpeedRules())), SegmentConfig(title: "抢答", rules: Self.buzz(20))]
        let lines = BankCoverage.shortfalls(of: Fixture.config(segments: segments), in: Fixture.bank(perKind: 1)).map(
            \.line)
        #expect(
            lines == [
                "第2环节「抢答」：符合抽题条件（题型 单选题、多选题、判断题、填空题、简答题）的题只有 15 道，至少需要 20 道（questionCount）"
                    + " (segment 2 “抢答”: 15 loaded questions match its draw filter (types single, multiple, truefalse,"
                    + " fill, short); it needs at least 20: its questionCount)"
            ])
    }
}
