import ClientKit
import ContestCore
import ContestProtocol
import Testing

private let openBuzz = Fixtures.buzzView(answering: nil, buzzes: [])
private let won = Fixtures.buzzView(answering: 3, buzzes: [Fixtures.buzzes[0]])

@Test func teamHelloCarriesTokenAndSeat() {
    #expect(
        TeamConsole(token: "HWN956WJHF", seat: 2).hello
            == ClientMessage.Hello(role: .team, token: "HWN956WJHF", seat: 2))
    #expect(TeamConsole(token: "X").hello == ClientMessage.Hello(role: .team, token: "X"))
}

@Test func teamSpaceDuringAnOpenBuzzSendsABuzzAndSaysOnlyThatItWasSent() {
    var team = TeamConsole.joined(openBuzz)
    #expect(team.shows("按空格键或回车抢答"))
    #expect(team.press(.space, now: 2_000_000) == [.send(.buzz)])
    #expect(team.shows("抢答已发出，等待服务器确认…"))
    #expect(!team.shows("获得答题权"))
    #expect(!team.shows("按空格键或回车抢答"))
    _ = team.receive(.ack(id: "t1", events: []), now: 2_100_000)
    #expect(team.notice == nil)
    #expect(team.shows("抢答已发出"))
}

@Test func teamRingsTheBellOnceWhenTheServerGrantsTheAnswer() {
    var team = TeamConsole.joined(openBuzz)
    _ = team.press(.enter, now: 2_000_000)
    #expect(team.receive(.state(.public(won)), now: 2_200_000) == [.bell])
    #expect(team.shows("★ 你队获得答题权，请作答 ★"))
    #expect(!team.shows("抢答已发出"))
    #expect(team.receive(.state(.public(won)), now: 2_300_000) == [])
    var later = won
    later.remaining = 15_000_000
    #expect(team.receive(.state(.public(later)), now: 2_400_000) == [])
}

@Test func teamHearsNoBellWhenAnotherTeamWins() {
    var team = TeamConsole.joined(openBuzz)
    _ = team.press(.space, now: 2_000_000)
    let other = Fixtures.buzzView(answering: 6, buzzes: [Fixtures.buzzes[1], Fixtures.buzzes[0]])
    #expect(team.receive(.state(.public(other)), now: 2_100_000) == [])
    #expect(team.shows("已抢答，第 2 位，A队 Team 3获得答题权"))
}

/// Team 3's prompt line at each moment of a buzz question, as the server's buzzers describe it.
@Test(arguments: [
    (BuzzerStatus(round: 0, open: false, out: []), [], nil, "等待主持人开放抢答（提前按键算犯规）"),
    (.init(round: 1, open: true, out: []), [], nil, "按空格键或回车抢答"),
    (.init(round: 0, open: false, out: [3]), [falseStart(3, round: 0)], nil, "✗ 犯规：开放抢答前按键，本题不能再抢答"),
    (.init(round: 1, open: false, out: []), [buzz(6, round: 1)], 6, "A队 Team 3正在作答"),
    (.init(round: 1, open: false, out: []), [buzz(6, round: 1), buzz(3, round: 1)], 6, "已抢答，第 2 位，A队 Team 3获得答题权"),
    (.init(round: 2, open: true, out: [6]), [buzz(6, round: 1), buzz(3, round: 1)], nil, "重新开放抢答！按空格键或回车抢答"),
    (.init(round: 2, open: true, out: [3]), [buzz(3, round: 1)], nil, "✗ 本队本题已答错，请等待其他队作答"),
    (
        .init(round: 2, open: false, out: [6]), [buzz(6, round: 1), buzz(1, round: 2), buzz(3, round: 2)], 1,
        "已抢答，第 2 位，城东队获得答题权"
    ),
])
func teamPromptFollowsTheBuzzersRoundByRound(
    buzzers: BuzzerStatus, buzzes: [BuzzLine], answering: TeamID?, prompt: String
) {
    var view = Fixtures.buzzView(answering: answering, buzzes: buzzes)
    view.buzzers = buzzers
    let team = TeamConsole.joined(view)
    let rows = texts(team.render(width: 80, height: 24, now: 2_000_000))
    #expect(rows[rows.count - 3] == prompt)
}

private func buzz(_ team: TeamID, round: Int) -> BuzzLine {
    let name = Fixtures.standings.first { $0.team == team }?.name ?? ""
    return .init(team: team, name: name, round: round, marginText: "+0.00 ms")
}

private func falseStart(_ team: TeamID, round: Int) -> BuzzLine {
    .init(team: team, name: "南湖队", falseStart: true, round: round, marginText: "犯规")
}

@Test(arguments: [
    ServerMessage.rejected(id: "t1", code: "lockedOut", message: "本题已被锁定"),
    .error(.badMessage, message: "无法识别的消息"),
])
func teamRefusalClearsTheSentBuzzAndShowsWhy(event: ServerMessage) {
    var team = TeamConsole.joined(openBuzz)
    _ = team.press(.space, now: 2_000_000)
    _ = team.receive(event, now: 2_100_000)
    #expect(!team.shows("抢答已发出"))
    #expect(team.buzzSentFor == nil)
    #expect(team.notice?.isError == true)
    #expect(team.shows("✗ 本题已被锁定") || team.shows("✗ 无法识别的消息"))
}

@Test func teamFailedSendShowsTheOfflineNotice() {
    var team = TeamConsole.joined(openBuzz)
    _ = team.press(.space, now: 2_000_000)
    team.sendFailed(.buzz, now: 2_000_000)
    #expect(team.shows("✗ 未连接服务器，没有发出"))
    #expect(!team.shows("抢答已发出"))
}

@Test func teamLosingTheLinkForgetsTheSentBuzz() {
    var team = TeamConsole.joined(openBuzz)
    _ = team.press(.space, now: 2_000_000)
    team.linkChanged(.offline(reason: "断开", retryAt: 3_000_000), now: 2_000_000)
    #expect(team.buzzSentFor == nil)
    #expect(team.shows("○ 离线，1 秒后重连：断开"))
}

@Test func teamLetterSelectsOneOptionOfASingleAndTogglesAMultiple() {
    var single = won
    single.question = Fixtures.longStem
    var team = TeamConsole.joined(single)
    for key in ["b", "D", "z", "Ｃ"] { #expect(team.press(.character(Character(key)), now: 2_000_000) == []) }
    #expect(team.selection == [2])
    #expect(team.press(.enter, now: 2_000_000) == [.send(.answer(.choices([2])))])

    var multiple = TeamConsole.joined(won)
    for key in ["e", "a", "c", "c", "b", "F"] { _ = multiple.press(.character(Character(key)), now: 2_000_000) }
    #expect(multiple.selection == [0, 1, 4])
    #expect(multiple.shows("已选：A B E（回车提交）"))
    #expect(multiple.press(.space, now: 2_000_000) == [.send(.answer(.choices([0, 1, 4])))])
    _ = multiple.receive(.ack(id: "t2", events: []), now: 2_100_000)
    #expect(multiple.shows("✓ 答案已提交"))
    _ = multiple.press(.escape, now: 2_200_000)
    #expect(multiple.selection == [])
}

@Test func teamEnterWithoutAChoiceAsksForOne() {
    var team = TeamConsole.joined(won)
    #expect(team.press(.enter, now: 2_000_000) == [])
    #expect(team.shows("✗ 请先按字母键选择答案，再按回车提交"))
    var truefalse = won
    truefalse.question = Fixtures.truefalse
    team = TeamConsole.joined(truefalse)
    _ = team.press(.enter, now: 2_000_000)
    #expect(team.shows("✗ 请先按T（对）或 F（错），再按回车提交"))
}

@Test func teamNoticeFadesAfterItsLifetime() {
    var team = TeamConsole.joined(won)
    _ = team.press(.enter, now: 2_000_000)
    #expect(team.shows("✗ 请先按", now: 2_000_000 + Notice.lifetime - 1))
    #expect(!team.shows("✗ 请先按", now: 2_000_000 + Notice.lifetime))
}

@Test(arguments: [("T", true), ("t", true), ("对", true), ("y", true), ("F", false), ("错", false), ("n", false)])
func teamTrueFalseTakesTOrF(key: String, truth: Bool) {
    var view = won
    view.question = Fixtures.truefalse
    var team = TeamConsole.joined(view)
    _ = team.press(.character(Character(key)), now: 2_000_000)
    #expect(team.shows("已选：\(truth ? "对" : "错")（回车提交）"))
    #expect(team.press(.enter, now: 2_000_000) == [.send(.answer(.truth(truth)))])
}

@Test func teamTypesAFillInAnswerOnceItMayAnswer() {
    var view = won
    view.question = Fixtures.fill
    var team = TeamConsole.joined(view)
    #expect(team.isTyping)
    #expect(team.press(.enter, now: 2_000_000) == [])
    #expect(team.shows("✗ 请先输入答案"))
    for key in [Key.character("限"), .character("时"), .character("x"), .backspace, .space, .character("A")] {
        #expect(team.press(key, now: 2_000_000) == [])
    }
    #expect(team.text == "限时 A")
    #expect(team.shows("答案：限时 A▏（回车提交）"))
    #expect(team.press(.enter, now: 2_000_000) == [.send(.answer(.text("限时 A")))])
}

@Test func teamDoesNotTypeBeforeWinningTheQuestion() {
    var view = openBuzz
    view.question = Fixtures.fill
    var team = TeamConsole.joined(view)
    #expect(!team.isTyping)
    #expect(team.press(.character("a"), now: 2_000_000) == [])
    #expect(team.text == "")
}

@Test(arguments: [
    (Key.character("1"), [ConsoleEffect.send(.pickTier(0))]),
    (.character("3"), [.send(.pickTier(2))]),
    (.character("0"), [.send(.decline)]),
    (.up, [.send(.climb)]), (.down, [.send(.stop)]),
    (.tab, [.send(.skip)]),
])
func teamRiskKeysPickClimbAndStop(key: Key, effects: [ConsoleEffect]) {
    var view = PublicView(title: Fixtures.title, stage: .running, scoreboard: Fixtures.standings)
    view.segment = .init(index: 3, title: "进阶风险题", kind: .risk)
    view.turn = 3
    view.riskTiers = [10, 20, 30]
    var team = TeamConsole.joined(view)
    #expect(team.shows("▶ 轮到你队：按 1-3 选档，0 放弃"))
    #expect(team.press(key, now: 2_000_000) == effects)
}

@Test(arguments: [(0, "答对了！↑ 进阶到第 2 档（20分），↓ 停止"), (2, "答对了！已到最高档，按 ↓ 停止")])
func teamRiskAfterACorrectAnswerSaysWhatClimbingWins(tier: Int, prompt: String) {
    var view = PublicView(title: Fixtures.title, stage: .running, scoreboard: Fixtures.standings)
    view.segment = .init(index: 3, title: "进阶风险题", kind: .risk)
    (view.turn, view.riskTiers, view.riskTier) = (3, [10, 20, 30], tier)
    #expect(TeamConsole.joined(view).shows(prompt))
}

@Test func teamArrowsDoNothingOutsideRisk() {
    var team = TeamConsole.joined(won)
    #expect(team.press(.up, now: 2_000_000) == [])
    #expect(team.press(.down, now: 2_000_000) == [])
    #expect(team.press(.character("1"), now: 2_000_000) == [])
}

@Test func teamSpaceOutsideABuzzSegmentSaysSo() {
    var view = openBuzz
    view.segment = .init(index: 0, title: "速答题", kind: .speed)
    view.buzzers = nil
    view.turn = 6
    var team = TeamConsole.joined(view)
    #expect(team.shows("现在是A队 Team 3作答"))
    #expect(team.press(.space, now: 2_000_000) == [])
    #expect(team.shows("✗ 现在不是抢答环节"))
    var idle = TeamConsole.joined(Fixtures.buzzView(answering: nil, buzzes: []).withoutQuestion)
    #expect(idle.press(.space, now: 2_000_000) == [])
    #expect(idle.shows("✗ 还没有出题"))
}

@Test func teamCtrlCQuitsOnlyOnTheSecondPressInARow() {
    var team = TeamConsole.joined(openBuzz)
    #expect(team.press(.ctrlC, now: 2_000_000) == [])
    #expect(team.shows("✗ 再按一次 Ctrl-C 退出"))
    #expect(team.press(.character("a"), now: 2_000_000) == [])
    #expect(!team.shows("再按一次 Ctrl-C 退出"))
    #expect(team.press(.ctrlC, now: 2_000_000) == [])
    #expect(team.press(.ctrlC, now: 2_000_000) == [.quit])
}

@Test func teamCountdownRunsDownAndFreezesWhenPaused() {
    var team = TeamConsole.joined(openBuzz, now: 1_000_000)
    #expect(team.shows("倒计时 20 秒", now: 1_000_000))
    #expect(team.shows("倒计时 18 秒", now: 3_000_000))
    #expect(team.shows("倒计时 1 秒", now: 20_000_000))
    #expect(team.shows("倒计时 0 秒", now: 60_000_000))
    var paused = openBuzz
    paused.paused = true
    paused.remaining = 12_300_000
    _ = team.receive(.state(.public(paused)), now: 5_000_000)
    #expect(team.shows("倒计时 暂停 13 秒", now: 5_000_000))
    #expect(team.shows("倒计时 暂停 13 秒", now: 50_000_000))
}

@Test func teamNewQuestionClearsWhatWasEntered() {
    var team = TeamConsole.joined(won)
    _ = team.press(.character("a"), now: 2_000_000)
    var next = openBuzz
    next.question = Fixtures.longStem
    _ = team.receive(.state(.public(next)), now: 3_000_000)
    #expect(team.selection == [])
    #expect(team.notice == nil)
}

extension PublicView {
    fileprivate var withoutQuestion: PublicView {
        var view = self
        view.question = nil
        view.buzzers = nil
        view.remaining = nil
        return view
    }
}

/// In speed and relay the next question arrives with the last one's key: the team sees the key,
/// what it sent, and how its total moved.
@Test func teamSeesThePreviousAnswerKeyBesideItsOwnAnswerAndTheChangeOfItsTotal() {
    var view = Fixtures.buzzView(answering: nil, buzzes: [])
    (view.segment, view.buzzers, view.turn) = (.init(index: 0, title: "速答题", kind: .speed), nil, 3)
    var team = TeamConsole.joined(view)
    _ = team.press(.character("a"), now: 2_000_000)
    _ = team.press(.character("d"), now: 2_000_000)
    #expect(team.press(.enter, now: 2_000_000) == [.send(.answer(.choices([0, 3])))])
    _ = team.receive(.ack(id: "t1", events: []), now: 2_100_000)
    var next = view
    next.question = Fixtures.truefalse
    next.previous = Fixtures.multiple
    next.previous?.answer = "ABDE"
    next.scoreboard[0].total = 110
    _ = team.receive(.state(.public(next)), now: 3_000_000)
    #expect(team.shows("上一题答案：ABDE　本队答：AD"))
    #expect(team.shows("南湖队 · 1号座位   总分 110（-10）"))
    next.question = Fixtures.fill
    next.previous = Fixtures.truefalse
    next.previous?.answer = "对"
    _ = team.receive(.state(.public(next)), now: 4_000_000)
    #expect(team.shows("上一题答案：对"))
    #expect(!team.shows("本队答"))
    #expect(team.shows("总分 110（-10）"))
}

@Test func teamBuzzSentInAnEarlierRoundIsNotStillWaitingAfterAReopen() {
    var team = TeamConsole.joined(openBuzz)
    _ = team.press(.space, now: 2_000_000)
    let lost = Fixtures.buzzView(answering: 6, buzzes: [Fixtures.buzzes[1], Fixtures.buzzes[0]])
    _ = team.receive(.state(.public(lost)), now: 2_100_000)
    #expect(team.shows("已抢答，第 2 位，A队 Team 3获得答题权"))
    var reopened = Fixtures.buzzView(answering: nil, buzzes: [Fixtures.buzzes[1], Fixtures.buzzes[0]])
    reopened.buzzers = .init(round: 2, open: true, out: [6])
    _ = team.receive(.state(.public(reopened)), now: 3_000_000)
    #expect(team.shows("重新开放抢答！按空格键或回车抢答"))
    #expect(!team.shows("抢答已发出"))
    _ = team.press(.space, now: 3_100_000)
    #expect(team.shows("抢答已发出，等待服务器确认…"))
}

@Test func teamAnswerAcknowledgedClearsWhatWasSelected() {
    var team = TeamConsole.joined(won)
    _ = team.press(.character("b"), now: 2_000_000)
    #expect(team.shows("已选：B（回车提交）"))
    #expect(team.press(.enter, now: 2_000_000) == [.send(.answer(.choices([1])))])
    _ = team.receive(.ack(id: "t1", events: []), now: 2_100_000)
    #expect(team.selection.isEmpty)
    #expect(!team.shows("已选："))
    #expect(team.shows("✓ 答案已提交"))
}
