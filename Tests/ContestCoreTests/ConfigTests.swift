import Foundation
import Testing

@testable import ContestCore

/// The contest file: every rule key may be left out and takes its documented default.
struct ConfigTests {
    @Test func aMinimalContestFileTakesEveryDefault() throws {
        let json = """
            {"title": "县级决赛", "seed": 7,
             "teams": [{"id": 1, "name": "一队"}, {"id": 2, "name": "二队", "players": [{"seat": 1, "name": "甲"}]}],
             "segments": [{"kind": "speed"}, {"kind": "buzz", "rules": {"falseStartPoints": -5}},
                          {"kind": "relay"}, {"kind": "risk", "draw": {"types": ["short"]}},
                          {"kind": "essay"}, {"kind": "tiebreak", "title": "加赛一"}]}
            """
        let config = try JSONDecoder().decode(ContestConfig.self, from: Data(json.utf8))
        #expect(config.awards == AwardTier.teamDefaults)
        #expect(config.teams[0].seats == [1])
        #expect(config.segments.map(\.kind) == [.speed, .buzz, .relay, .risk, .essay, .tieBreak])
        #expect(config.segments[0].rules == .speed(SpeedRules()))
        var buzz = BuzzRules()
        buzz.falseStartPoints = -5
        #expect(config.segments[1].rules == .buzz(buzz))
        #expect(config.segments[1].title == "抢答题")
        #expect(config.segments[3].draw == DrawFilter(types: [.short]))
        #expect(config.segments[5].title == "加赛一")
        #expect(config.problems() == ["第5环节是论述题，但没有裁判 (segment 5 is an essay with no judges)"])
    }

    @Test func aContestFileRoundTrips() throws {
        let config = Fixture.config()
        let data = try JSONEncoder().encode(config)
        #expect(try JSONDecoder().decode(ContestConfig.self, from: data) == config)
    }

    @Test(arguments: [#"{"kind": "quiz"}"#, #"{"title": "x"}"#])
    func anUnknownOrMissingSegmentKindIsAnError(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SegmentConfig.self, from: Data(json.utf8)) }
    }

    @Test func configurationProblemsAreNamed() {
        var config = Fixture.config()
        config.teams = [config.teams[0], config.teams[0]]
        config.judges = []
        #expect(
            config.problems() == [
                "参赛队编号重复 (duplicate team number)", "第5环节是论述题，但没有裁判 (segment 5 is an essay with no judges)",
            ])
    }

    /// A contest file around one segment, with `extra` spliced into the top level and team 1.
    static func file(segment: String, extra: String = "", team: String = "") -> String {
        """
        {"title": "县级决赛", "seed": 7\(extra),
         "teams": [{"id": 1, "name": "一队"\(team), "players": [{"seat": 1, "name": "甲"}]}, {"id": 2, "name": "二队"}],
         "segments": [{"kind": "speed"}, \(segment)]}
        """
    }

    static let misspelt: [(String, String, String?)] = [
        (
            file(segment: #"{"kind": "buzz", "rules": {"falseStartPenalty": -5}}"#),
            "segments[1].rules.falseStartPenalty", "falseStartPoints"
        ),
        (file(segment: #"{"kind": "speed", "titel": "速答"}"#), "segments[1].titel", "title"),
        (file(segment: #"{"kind": "risk", "draw": {"type": ["short"]}}"#), "segments[1].draw.type", "types"),
        (
            file(segment: #"{"kind": "risk", "rules": {"tiers": [{"value": 10, "difficulty": 1, "valeu": 20}]}}"#),
            "segments[1].rules.tiers[0].valeu", "value"
        ),
        (
            file(segment: #"{"kind": "tiebreak", "rules": {"QuestionCount": 3}}"#),
            "segments[1].rules.QuestionCount", "questionCount"
        ),
        (file(segment: #"{"kind": "essay"}"#, extra: #", "judge": []"#), "judge", "judges"),
        (file(segment: #"{"kind": "essay"}"#, team: #", "colour": "红""#), "teams[0].colour", nil),
        (
            file(segment: #"{"kind": "relay", "rules": {"budgetSecond": 100, "laps": 2}}"#),
            "segments[1].rules.budgetSecond", "budgetSeconds"
        ),
    ]

    @Test(arguments: misspelt)
    func anUnknownKeyIsIgnoredWithAWarningNamingWhereItIsAndTheNearestKey(
        json: String, path: String, suggestion: String?
    ) throws {
        let file = try JSONDecoder().decode(ContestFile.self, from: Data(json.utf8))
        #expect(file.warnings.map(\.path) == [path])
        #expect(file.warnings.first?.suggestion == suggestion)
        #expect(file.config == (try JSONDecoder().decode(ContestConfig.self, from: Data(json.utf8))))
        let message = file.warnings.first?.message ?? ""
        #expect(message.hasPrefix("未知的配置项 \(path)，已忽略；"))
        #expect(
            message.contains(suggestion.map { "did you mean \($0)?" } ?? "expected one of: id, name, unit, players"))
    }

    @Test func aKnownSettingNextToATypoStillApplies() throws {
        let json = Self.file(segment: #"{"kind": "relay", "rules": {"budgetSecond": 100, "laps": 2}}"#)
        let file = try JSONDecoder().decode(ContestFile.self, from: Data(json.utf8))
        var relay = RelayRules()
        relay.laps = 2
        #expect(file.config.segments[1].rules == .relay(relay))
    }

    @Test func aFileWithOnlyKnownKeysHasNoWarnings() throws {
        let data = try JSONEncoder().encode(Fixture.config())
        #expect(try JSONDecoder().decode(ContestFile.self, from: data).warnings == [])
    }
}
