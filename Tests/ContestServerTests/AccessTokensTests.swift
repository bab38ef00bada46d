import ContestCore
import ContestProtocol
import Testing

@testable import ContestServer

@Suite struct AccessTokensTests {
    static let tokens = ServerFixture.tokens()

    static func all(_ tokens: AccessTokens) -> [String] {
        [tokens.host] + tokens.judges.map(\.token) + tokens.teams.map(\.token)
    }

    @Test func theSameSeedGivesTheSameTokensAndAnotherSeedOthers() {
        #expect(ServerFixture.tokens(seed: 7) == ServerFixture.tokens(seed: 7))
        #expect(Self.all(ServerFixture.tokens(seed: 7)) != Self.all(ServerFixture.tokens(seed: 8)))
    }

    @Test func everyRoleOfTheContestGetsOneTokenUnderItsNumberAndName() {
        #expect(Self.tokens.contest == "测试决赛")
        #expect(Self.tokens.judges.map(\.judge) == [1, 2])
        #expect(Self.tokens.judges.map(\.name) == ["裁判甲", "裁判乙"])
        #expect(Self.tokens.teams.map(\.team) == [1, 2, 3])
        #expect(Self.tokens.teams.map(\.name) == ["第1队", "第2队", "第3队"])
    }

    @Test func tokensAreTenCharactersOfTheAlphabetAndAllDifferent() {
        let all = Self.all(Self.tokens)
        #expect(all.count == 6)
        #expect(Set(all).count == all.count)
        for token in all {
            #expect(token.count == AccessTokens.tokenLength)
            #expect(token.allSatisfy { AccessTokens.alphabet.contains($0) }, "\(token)")
        }
        #expect(AccessTokens.tokenLength == 10)
    }

    @Test func theAlphabetHasNoLookAlikes() {
        #expect(String(AccessTokens.alphabet) == "ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        #expect(!AccessTokens.alphabet.contains { "0O1IL".contains($0) })
    }

    static let holders: [(String, ClientMessage.Role, AccessTokens.Holder?)] = [
        (tokens.host, .host, .host),
        (tokens.judges[0].token, .judge, .judge(1)),
        (tokens.judges[1].token, .judge, .judge(2)),
        (tokens.teams[0].token, .team, .team(1)),
        (tokens.teams[2].token, .team, .team(3)),
        // A token admits its holder in its own role only.
        (tokens.teams[2].token, .host, nil),
        (tokens.teams[2].token, .judge, nil),
        (tokens.host, .team, nil),
        (tokens.host, .judge, nil),
        (tokens.judges[0].token, .host, nil),
        (tokens.host, .screen, nil),
        // Near misses.
        (tokens.host.lowercased(), .host, nil),
        (String(tokens.host.dropLast()), .host, nil),
        (tokens.host + "A", .host, nil),
        (" " + tokens.host, .host, nil),
        ("", .host, nil),
        ("", .team, nil),
        ("", .screen, nil),
    ]

    @Test(arguments: holders)
    func aTokenAdmitsOnlyItsHolderInItsRole(token: String, role: ClientMessage.Role, holder: AccessTokens.Holder?) {
        #expect(Self.tokens.holder(of: token, as: role) == holder)
    }

    @Test func completingAddsTokensForNewJudgesAndTeamsAndKeepsTheOldOnes() {
        var grown = ServerFixture.config()
        grown.teams.append(TeamConfig(id: 4, name: "第4队"))
        grown.judges.append(JudgeConfig(number: 3, name: "裁判丙"))
        var generator = SplitMix64(seed: 99)
        let completed = Self.tokens.completed(for: grown, using: &generator)
        #expect(completed.host == Self.tokens.host)
        #expect(Array(completed.judges.prefix(2)) == Self.tokens.judges)
        #expect(Array(completed.teams.prefix(3)) == Self.tokens.teams)
        #expect(completed.judges.map(\.judge) == [1, 2, 3])
        #expect(completed.teams.map(\.team) == [1, 2, 3, 4])
        #expect(completed.teams[3].name == "第4队")
        #expect(!Self.all(Self.tokens).contains(completed.teams[3].token))
        #expect(completed.holder(of: completed.teams[3].token, as: .team) == .team(4))
        #expect(completed.holder(of: completed.judges[2].token, as: .judge) == .judge(3))
    }

    @Test func completingForTheSameContestChangesNothing() {
        var generator = SplitMix64(seed: 99)
        #expect(Self.tokens.completed(for: ServerFixture.config(), using: &generator) == Self.tokens)
    }

    static let comparisons: [([UInt8], [UInt8], Bool)] = [
        ([], [], true),
        (utf8("K7MX3QPA2B"), utf8("K7MX3QPA2B"), true),
        (utf8("K7MX3QPA2B"), utf8("K7MX3QPA2C"), false),
        (utf8("K7MX3QPA2B"), utf8("X7MX3QPA2B"), false),
        (utf8("K7MX3QPA2B"), utf8("K7MX3QPA2"), false),
        (utf8("K7MX3QPA2"), utf8("K7MX3QPA2B"), false),
        ([], utf8("A"), false),
        (utf8("A"), [], false),
        ([0], [], false),
        ([], [0], false),
        // Lengths whose difference vanishes in the low byte, padded with the zeros the loop uses.
        ([UInt8](repeating: 0, count: 256), [], false),
        ([UInt8](repeating: 0, count: 300), [UInt8](repeating: 0, count: 44), false),
        ([0xFF], [0xFF], true),
        ([0x80], [0x00], false),
    ]

    @Test(arguments: comparisons)
    func constantTimeEqualIsEqualityOfBytes(lhs: [UInt8], rhs: [UInt8], equal: Bool) {
        #expect(AccessTokens.constantTimeEqual(lhs, rhs) == equal)
    }
}
