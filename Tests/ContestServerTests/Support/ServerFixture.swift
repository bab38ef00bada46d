import ContestCore
import ContestProtocol
import Foundation
import Testing

@testable import ContestServer

/// A contest small enough to read in a test: three teams of two seats, two judges, one buzz
/// segment over a three-question bank.
enum ServerFixture {
    static let teams: [TeamConfig] = [
        TeamConfig(id: 1, name: "第1队", unit: "甲县", players: players(1)),
        TeamConfig(id: 2, name: "第2队", unit: "乙县", players: players(2)),
        TeamConfig(id: 3, name: "第3队", unit: "丙县", players: players(3)),
    ]

    static func players(_ team: Int) -> [PlayerConfig] {
        [PlayerConfig(seat: 1, name: "选手\(team)-1"), PlayerConfig(seat: 2, name: "选手\(team)-2")]
    }

    static let judges = [JudgeConfig(number: 1, name: "裁判甲"), JudgeConfig(number: 2, name: "裁判乙")]

    static let bank: [Question] = [
        Question(id: "q1", type: .single, stem: "一加一等于几？", options: ["1", "2", "3", "4"], answer: .choices([1])),
        Question(id: "q2", type: .trueFalse, stem: "水在标准大气压下 100 度沸腾", answer: .truth(true)),
        Question(id: "q3", type: .single, stem: "哪个是质数？", options: ["2", "4", "6", "8"], answer: .choices([0])),
    ]

    static func config(teams: [TeamConfig] = teams, segments: [SegmentConfig]? = nil) -> ContestConfig {
        ContestConfig(
            title: "测试决赛", seed: 2024, teams: teams, judges: judges,
            segments: segments ?? [SegmentConfig(rules: .buzz(BuzzRules()))])
    }

    static func contest(teams: [TeamConfig] = teams) -> ContestState {
        ContestState(config: config(teams: teams), bank: bank)
    }

    static func tokens(for config: ContestConfig = config(), seed: UInt64 = 7) -> AccessTokens {
        var generator = SplitMix64(seed: seed)
        return AccessTokens(for: config, using: &generator)
    }

    /// A short buzz round: team 2 answers q1 right, the host takes 2.5 points off team 3, team 1
    /// answers q2 wrong, and the re-opened buzzers run out.
    static let script: [Command] = [
        Command(.startSegment(0), by: .host, at: s(1)),
        Command(.showQuestion(id: "q1"), by: .host, at: s(2)),
        Command(.armBuzzers, by: .host, at: s(3)),
        Command(.buzz, by: .team(2, seat: 2), at: s(4)),
        Command(.answer(.choices([1])), by: .team(2, seat: 2), at: s(5)),
        Command(.correctScore(team: 3, delta: Points(hundredths: -250), reason: "迟到 late"), by: .host, at: s(6)),
        Command(.showQuestion(id: "q2"), by: .host, at: s(7)),
        Command(.armBuzzers, by: .host, at: s(8)),
        Command(.buzz, by: .team(1, seat: 1), at: s(9)),
        Command(.answer(.truth(false)), by: .team(1, seat: 1), at: s(10)),
        Command(.tick, by: .system, at: s(25)),
    ]

    /// The contest after `script`.
    static func played() -> ContestState {
        var state = contest()
        for command in script {
            if case .failure(let rejection) = state.handle(command) {
                Issue.record("the script was refused at \(command.action): \(rejection.code)")
            }
        }
        return state
    }
}

/// Seconds as contest time, for readable scripts.
func s(_ seconds: Int) -> Micros { Time.seconds(seconds) }

func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }
