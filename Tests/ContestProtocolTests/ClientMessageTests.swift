import ContestCore
import ContestProtocol
import Testing

@Suite struct ClientMessageTests {
    static func decode(_ json: String) throws(ProtocolDecodingError) -> ClientMessage {
        try ClientMessage(jsonText: Array(json.utf8))
    }

    static let hellos: [(String, ClientMessage.Hello)] = [
        (#"{"type":"hello","role":"host","token":"K7MX3QPA2B"}"#, .init(role: .host, token: "K7MX3QPA2B")),
        (
            #"{"type":"hello","role":"judge","token":"JJJJ","lang":"en"}"#,
            .init(role: .judge, token: "JJJJ", language: .english)
        ),
        (
            #"{"type":"hello","role":"team","token":"TTTT","seat":2,"lang":"zh-CN"}"#,
            .init(role: .team, token: "TTTT", seat: 2, language: .chinese)
        ),
        (#"{"type":"hello","role":"team","token":"TTTT"}"#, .init(role: .team, token: "TTTT")),
        (#"{"type":"hello","role":"screen"}"#, .init(role: .screen)),
        (#"{"type":"hello","role":"screen","lang":"EN-GB"}"#, .init(role: .screen, language: .english)),
        (#"{"type":"hello","role":"screen","lang":"fr"}"#, .init(role: .screen, language: .chinese)),
    ]

    @Test(arguments: hellos)
    func helloCarriesRoleTokenSeatAndLanguage(json: String, expected: ClientMessage.Hello) throws {
        #expect(try Self.decode(json) == .hello(expected))
    }

    static let hostAndJudgeCommands: [(String, ClientMessage)] = [
        (#"{"type":"startSegment","segment":1,"id":"c1"}"#, .command(.startSegment(1), id: "c1")),
        (
            #"{"type":"startTieBreak","segment":5,"teams":[1,3]}"#,
            .command(.startTieBreak(segment: 5, teams: [1, 3]), id: nil)
        ),
        (#"{"type":"endSegment"}"#, .command(.endSegment, id: nil)),
        (#"{"type":"finishContest"}"#, .command(.finishContest, id: nil)),
        (#"{"type":"showQuestion"}"#, .command(.showQuestion(id: nil), id: nil)),
        (#"{"type":"showQuestion","question":"q7"}"#, .command(.showQuestion(id: "q7"), id: nil)),
        (#"{"type":"armBuzzers"}"#, .command(.armBuzzers, id: nil)),
        (#"{"type":"nextTurn"}"#, .command(.nextTurn, id: nil)),
        (#"{"type":"revealAnswer"}"#, .command(.revealAnswer, id: nil)),
        (#"{"type":"void"}"#, .command(.void, id: nil)),
        (#"{"type":"pause"}"#, .command(.pause, id: nil)),
        (#"{"type":"resume"}"#, .command(.resume, id: nil)),
        (#"{"type":"undo","id":"u"}"#, .command(.undo, id: "u")),
        (#"{"type":"buzz","id":7}"#, .command(.buzz, id: "7")),
        (
            #"{"type":"correctScore","team":3,"delta":-10,"reason":"扣分"}"#,
            .command(.correctScore(team: 3, delta: Points(-10), reason: "扣分"), id: nil)
        ),
        (
            #"{"type":"correctScore","team":2,"delta":17.5,"reason":"复核"}"#,
            .command(.correctScore(team: 2, delta: Points(hundredths: 1750), reason: "复核"), id: nil)
        ),
        (#"{"type":"rule","verdict":"correct"}"#, .command(.rule(.correct), id: nil)),
        (#"{"type":"rule","verdict":"wrong"}"#, .command(.rule(.wrong), id: nil)),
        (
            #"{"type":"scoreEssay","team":4,"score":17.67}"#,
            .command(.scoreEssay(team: 4, score: Points(hundredths: 1767)), id: nil)
        ),
        (
            #"{"type":"scoreEssay","team":4,"score":-0.5}"#,
            .command(.scoreEssay(team: 4, score: Points(hundredths: -50)), id: nil)
        ),
        (#"{"type":"ping","id":"p1"}"#, .ping(id: "p1")),
        (#"{"type":"ping"}"#, .ping(id: nil)),
    ]

    @Test(arguments: hostAndJudgeCommands)
    func everyHostAndJudgeMessageDecodesToItsAction(json: String, expected: ClientMessage) throws {
        #expect(try Self.decode(json) == expected)
    }

    static let teamCommands: [(String, Action)] = [
        (#"{"type":"buzz"}"#, .buzz),
        (#"{"type":"skip"}"#, .skip),
        (#"{"type":"climb"}"#, .climb),
        (#"{"type":"stop"}"#, .stop),
        (#"{"type":"decline"}"#, .decline),
        (#"{"type":"pickTier","tier":2}"#, .pickTier(2)),
        (#"{"type":"answer","choices":[0,2]}"#, .answer(.choices([0, 2]))),
        (#"{"type":"answer","choices":[]}"#, .answer(.choices([]))),
        (#"{"type":"answer","truth":false}"#, .answer(.truth(false))),
        (#"{"type":"answer","text":"人民"}"#, .answer(.text("人民"))),
        (#"{"type":"answer","text":""}"#, .answer(.text(""))),
    ]

    @Test(arguments: teamCommands)
    func everyTeamMessageDecodesToItsAction(json: String, action: Action) throws {
        #expect(try Self.decode(json) == .command(action, id: nil))
    }

    /// The host enters a team's spoken choice by naming the team; the core decides who may.
    @Test(arguments: teamCommands)
    func aTeamMessageNamingATeamIsSentOnItsBehalf(json: String, action: Action) throws {
        let named = #"{"team":3,"id":"h9","# + json.dropFirst()
        #expect(try Self.decode(named) == .command(.onBehalf(team: 3, action), id: "h9"))
    }

    @Test func keysAMessageDoesNotUseAreIgnored() throws {
        #expect(try Self.decode(#"{"type":"buzz","seat":9,"extra":[1,2]}"#) == .command(.buzz, id: nil))
        #expect(try Self.decode(#"{"type":"pause","team":2}"#) == .command(.pause, id: nil))
    }

    static let malformed: [String] = [
        #"{"type":"teleport"}"#,
        #"{"type":"tick"}"#,
        #"{"type":"onBehalf","team":1}"#,
        #"{"type":"Buzz"}"#,
        #"{}"#,
        #"{"type":5}"#,
        #"{"type":null}"#,
        #"[]"#,
        #""buzz""#,
        #"{"type":"buzz","id":7.5}"#,
        #"{"type":"hello"}"#,
        #"{"type":"hello","role":"referee","token":"x"}"#,
        #"{"type":"hello","role":"team","token":"x","seat":"1"}"#,
        #"{"type":"hello","role":"team","token":7}"#,
        #"{"type":"hello","role":"team","lang":1}"#,
        #"{"type":"startSegment"}"#,
        #"{"type":"startSegment","segment":"1"}"#,
        #"{"type":"startSegment","segment":1.5}"#,
        #"{"type":"startTieBreak","segment":5}"#,
        #"{"type":"startTieBreak","segment":5,"teams":[1,"2"]}"#,
        #"{"type":"showQuestion","question":7}"#,
        #"{"type":"correctScore","team":1,"delta":5}"#,
        #"{"type":"correctScore","team":1,"reason":"x"}"#,
        #"{"type":"correctScore","delta":5,"reason":"x"}"#,
        #"{"type":"correctScore","team":1,"delta":"5","reason":"x"}"#,
        #"{"type":"rule"}"#,
        #"{"type":"rule","verdict":"maybe"}"#,
        #"{"type":"scoreEssay","team":1}"#,
        #"{"type":"scoreEssay","team":1,"score":1e300}"#,
        #"{"type":"pickTier"}"#,
        #"{"type":"pickTier","tier":"2"}"#,
        #"{"type":"answer"}"#,
        #"{"type":"answer","choices":"AB"}"#,
        #"{"type":"answer","truth":"yes"}"#,
        #"{"type":"answer","text":3}"#,
        #"{"type":"buzz","team":"3"}"#,
        #"{"type":"answer","choices":[1],"text":"x"}"#,
        #"{"type":"answer","truth":true,"text":"对"}"#,
        #"{"type":"correctScore","team":1,"delta":5,"reason":"x","id":[1]}"#,
        #"{"type":"buzz"} x"#,
        "",
    ]

    @Test(arguments: malformed)
    func anUnknownTypeAMissingFieldOrAWrongTypeThrows(json: String) {
        #expect(throws: ProtocolDecodingError.self) { try Self.decode(json) }
    }
}
