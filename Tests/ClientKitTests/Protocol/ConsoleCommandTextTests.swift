import ClientKit
import ContestCore
import ContestProtocol
import Testing

// The exact text each key of docs/consoles.md puts on the wire, read back by the server's own
// reader (`ClientMessage(jsonText:)`) to the action the key means.

/// The keys that type `text`, one character each.
private func chars(_ text: String) -> [Key] { text.map { .character($0) } }

/// What the link writes for the effects' sends.
private func sent(_ effects: [ConsoleEffect]) -> [String] {
    effects.compactMap { effect in
        guard case .send(let action) = effect else { return nil }
        return ServerLink.text(of: .command(action, id: nil))
    }
}

extension Console {
    /// Presses each key in turn; every effect of every key.
    fileprivate mutating func pressAll(_ keys: [Key]) -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        for key in keys { effects += press(key, now: 2_000_000) }
        return effects
    }
}

/// What team 3's screen shows when the key is pressed.
enum TeamScene: Sendable {
    case openBuzz, wonMultiple, wonTrueFalse, wonFill, speedTurn, riskTurn, riskClimb

    var view: PublicView {
        var view = Fixtures.buzzView(answering: 3, buzzes: [Fixtures.buzzes[0]])
        switch self {
        case .openBuzz: view = Fixtures.buzzView(answering: nil, buzzes: [])
        case .wonMultiple: break
        case .wonTrueFalse: view.question = Fixtures.truefalse
        case .wonFill: view.question = Fixtures.fill
        case .speedTurn:
            view = Fixtures.buzzView(answering: nil, buzzes: [])
            (view.segment, view.buzzers, view.turn) = (SegmentSummary(index: 0, title: "速答题", kind: .speed), nil, 3)
        case .riskTurn, .riskClimb:
            view = PublicView(title: Fixtures.title, stage: .running, scoreboard: Fixtures.standings)
            view.segment = SegmentSummary(index: 3, title: "进阶风险题", kind: .risk)
            (view.turn, view.riskTiers, view.riskTier) = (3, [10, 20, 30], self == .riskClimb ? 0 : nil)
        }
        return view
    }
}

@Test(
    arguments: [
        (TeamScene.openBuzz, [Key.space], #"{"type":"buzz"}"#, Action.buzz),
        (.openBuzz, [.enter], #"{"type":"buzz"}"#, .buzz),
        (.wonMultiple, chars("ac") + [.enter], #"{"type":"answer","choices":[0,2]}"#, .answer(.choices([0, 2]))),
        (.wonMultiple, chars("Ea") + [.space], #"{"type":"answer","choices":[0,4]}"#, .answer(.choices([0, 4]))),
        (.wonTrueFalse, chars("T") + [.enter], #"{"type":"answer","truth":true}"#, .answer(.truth(true))),
        (.wonTrueFalse, chars("y") + [.enter], #"{"type":"answer","truth":true}"#, .answer(.truth(true))),
        (.wonTrueFalse, chars("F") + [.enter], #"{"type":"answer","truth":false}"#, .answer(.truth(false))),
        (.wonTrueFalse, chars("n") + [.enter], #"{"type":"answer","truth":false}"#, .answer(.truth(false))),
        (.wonFill, entry("一窗受理 限时办结"), #"{"type":"answer","text":"一窗受理 限时办结"}"#, .answer(.text("一窗受理 限时办结"))),
        (.wonFill, entry(#"说"是"\否 / x"#), #"{"type":"answer","text":"说\"是\"\\否 / x"}"#, .answer(.text(#"说"是"\否 / x"#))),
        (.speedTurn, [.tab], #"{"type":"skip"}"#, .skip),
        (.riskTurn, chars("1"), #"{"type":"pickTier","tier":0}"#, .pickTier(0)),
        (.riskTurn, chars("3"), #"{"type":"pickTier","tier":2}"#, .pickTier(2)),
        (.riskTurn, chars("0"), #"{"type":"decline"}"#, .decline),
        (.riskClimb, [.up], #"{"type":"climb"}"#, .climb),
        (.riskClimb, [.down], #"{"type":"stop"}"#, .stop),
    ] as [(TeamScene, [Key], String, Action)])
func teamKeySendsThisText(scene: TeamScene, keys: [Key], json: String, action: Action) throws {
    var team = TeamConsole.joined(scene.view)
    let effects = team.pressAll(keys)
    #expect(effects == [.send(action)])
    #expect(sent(effects) == [json])
    #expect(try ClientMessage(jsonText: Array(json.utf8)) == .command(action, id: nil))
}

@Test(
    arguments: [
        (TeamScene.wonMultiple, chars("abcdefgh")), (.wonTrueFalse, chars("TF")), (.wonFill, chars("限时")),
        (.wonMultiple, chars("a") + [.escape, .enter]), (.openBuzz, [.ctrlC]),
    ] as [(TeamScene, [Key])])
func teamKeysThatOnlyChooseSendNothing(scene: TeamScene, keys: [Key]) {
    var team = TeamConsole.joined(scene.view)
    #expect(sent(team.pressAll(keys)) == [])
}

/// The host's desk, paused or not, or judge 1's.
enum Desk: Sendable {
    case host, pausedHost, judge

    var console: HostConsole {
        switch self {
        case .host: return HostConsole.joined(.host)
        case .pausedHost:
            var view = HostConsole.hostView
            view.view.paused = true
            return HostConsole.joined(.host, view)
        case .judge: return HostConsole.joined(.judge)
        }
    }
}

@Test(
    arguments: [
        (Desk.host, chars("s") + entry("2"), #"{"type":"startSegment","segment":1}"#, Action.startSegment(1)),
        (.host, chars("n"), #"{"type":"showQuestion"}"#, .showQuestion(id: nil)),
        (
            .host, chars("N") + entry("P1-010"), #"{"type":"showQuestion","question":"P1-010"}"#,
            .showQuestion(id: "P1-010")
        ),
        (.host, chars("a"), #"{"type":"armBuzzers"}"#, .armBuzzers),
        (.host, chars("t"), #"{"type":"nextTurn"}"#, .nextTurn),
        (.host, chars("+"), #"{"type":"rule","verdict":"correct"}"#, .rule(.correct)),
        (.host, chars("-"), #"{"type":"rule","verdict":"wrong"}"#, .rule(.wrong)),
        (.host, chars("r"), #"{"type":"revealAnswer"}"#, .revealAnswer),
        (.host, chars("k"), #"{"type":"skip"}"#, .skip),
        (
            .host, chars("b") + entry("3") + entry("AC"), #"{"type":"answer","choices":[0,2],"team":3}"#,
            .onBehalf(team: 3, .answer(.choices([0, 2])))
        ),
        (
            .host, chars("b") + entry("3") + entry("对"), #"{"type":"answer","truth":true,"team":3}"#,
            .onBehalf(team: 3, .answer(.truth(true)))
        ),
        (
            .host, chars("b") + entry("3") + entry("错"), #"{"type":"answer","truth":false,"team":3}"#,
            .onBehalf(team: 3, .answer(.truth(false)))
        ),
        (
            .host, chars("b") + entry("6") + entry("一窗受理 限时办结"), #"{"type":"answer","text":"一窗受理 限时办结","team":6}"#,
            .onBehalf(team: 6, .answer(.text("一窗受理 限时办结")))
        ),
        (.host, chars("b") + entry("4") + entry("跳过"), #"{"type":"skip","team":4}"#, .onBehalf(team: 4, .skip)),
        (.host, chars("b") + entry("2") + entry("进阶"), #"{"type":"climb","team":2}"#, .onBehalf(team: 2, .climb)),
        (.host, chars("b") + entry("2") + entry("停止"), #"{"type":"stop","team":2}"#, .onBehalf(team: 2, .stop)),
        (.host, chars("b") + entry("2") + entry("放弃"), #"{"type":"decline","team":2}"#, .onBehalf(team: 2, .decline)),
        (
            .host, chars("b") + entry("2") + entry("档2"), #"{"type":"pickTier","tier":1,"team":2}"#,
            .onBehalf(team: 2, .pickTier(1))
        ),
        (.host, chars("p"), #"{"type":"pause"}"#, .pause),
        (.pausedHost, chars("p"), #"{"type":"resume"}"#, .resume),
        (.host, chars("vy"), #"{"type":"void"}"#, .void),
        (.host, chars("uy"), #"{"type":"undo"}"#, .undo),
        (
            .host, chars("c") + entry("3") + entry("-2.5") + entry("读错题号 Q7") + chars("y"),
            #"{"type":"correctScore","team":3,"delta":-2.5,"reason":"读错题号 Q7"}"#,
            .correctScore(team: 3, delta: Points(hundredths: -250), reason: "读错题号 Q7")
        ),
        (
            .host, chars("c") + entry("8") + entry("+10") + entry(#"补分 / Q7 "B""#) + chars("y"),
            #"{"type":"correctScore","team":8,"delta":10,"reason":"补分 / Q7 \"B\""}"#,
            .correctScore(team: 8, delta: 10, reason: #"补分 / Q7 "B""#)
        ),
        (
            .host, chars("c") + entry("1") + entry("0.05") + entry("x") + chars("y"),
            #"{"type":"correctScore","team":1,"delta":0.05,"reason":"x"}"#,
            .correctScore(team: 1, delta: Points(hundredths: 5), reason: "x")
        ),
        (.host, chars("ey"), #"{"type":"endSegment"}"#, .endSegment),
        (
            .host, chars("T") + entry("6") + entry("3,6"), #"{"type":"startTieBreak","segment":5,"teams":[3,6]}"#,
            .startTieBreak(segment: 5, teams: [3, 6])
        ),
        (.host, chars("Fy"), #"{"type":"finishContest"}"#, .finishContest),
        (.judge, chars("+"), #"{"type":"rule","verdict":"correct"}"#, .rule(.correct)),
        (.judge, chars("-"), #"{"type":"rule","verdict":"wrong"}"#, .rule(.wrong)),
        (
            .judge, chars("g") + entry("4") + entry("17.5"), #"{"type":"scoreEssay","team":4,"score":17.5}"#,
            .scoreEssay(team: 4, score: Points(hundredths: 1750))
        ),
        (
            .judge, chars("g") + entry("4") + entry("17.67"), #"{"type":"scoreEssay","team":4,"score":17.67}"#,
            .scoreEssay(team: 4, score: Points(hundredths: 1767))
        ),
    ] as [(Desk, [Key], String, Action)])
func hostAndJudgeKeySendsThisText(desk: Desk, keys: [Key], json: String, action: Action) throws {
    var console = desk.console
    let effects = console.pressAll(keys)
    #expect(effects == [.send(action)])
    #expect(sent(effects) == [json])
    #expect(try ClientMessage(jsonText: Array(json.utf8)) == .command(action, id: nil))
}

@Test(arguments: [(Desk.host, chars("l")), (.host, chars("q")), (.judge, chars("q")), (.host, chars("vn"))])
func hostKeysThatSendNothing(desk: Desk, keys: [Key]) {
    var console = desk.console
    #expect(sent(console.pressAll(keys)) == [])
}

@Test(
    arguments: [
        (
            TeamConsole(token: "HWN956WJHF", seat: 2).hello,
            #"{"type":"hello","role":"team","token":"HWN956WJHF","seat":2,"lang":"zh-CN"}"#
        ),
        (TeamConsole(token: "X").hello, #"{"type":"hello","role":"team","token":"X","lang":"zh-CN"}"#),
        (
            HostConsole(role: .host, token: "AH9FPHFBH4").hello,
            #"{"type":"hello","role":"host","token":"AH9FPHFBH4","lang":"zh-CN"}"#
        ),
        (
            HostConsole(role: .judge, token: "24H2HUJS4P").hello,
            #"{"type":"hello","role":"judge","token":"24H2HUJS4P","lang":"zh-CN"}"#
        ),
        (AudienceConsole().hello, #"{"type":"hello","role":"screen","lang":"zh-CN"}"#),
    ] as [(ClientMessage.Hello, String)])
func everyConsoleSaysHelloWithThisText(hello: ClientMessage.Hello, json: String) throws {
    #expect(ServerLink.text(of: .hello(hello)) == json)
    #expect(try ClientMessage(jsonText: Array(json.utf8)) == .hello(hello))
}
