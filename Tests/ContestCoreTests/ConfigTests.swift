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

    @Test(arguments: [
        (#"{"kind": "buzz", "rules": {"falseStartPenalty": -5}}"#, "falseStartPenalty"),
        (#"{"kind": "speed", "titel": "速答"}"#, "titel"),
        (#"{"kind": "risk", "draw": {"type": ["short"]}}"#, "type"),
    ])
    func aMisspeltKeyIsRefusedByName(json: String, key: String) {
        do {
            _ = try JSONDecoder().decode(SegmentConfig.self, from: Data(json.utf8))
            Issue.record("\(key) was accepted")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription.contains("未知的配置项“\(key)”"))
            #expect(context.codingPath.last?.stringValue == key)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
