import ClientKit
import ContestCore
import ContestProtocol
import Testing

private let longName = BuzzLine(team: 2, name: "示例县行政审批服务局第一代表队", marginText: "+15.06 ms")

@Test(arguments: [
    (20, ["抢答顺序 ", "  ▶1.南湖队 +0.00 ms", "  2.A队 Team 3 +1.2…", "  3.白沙 Baisha 队…"]),
    (40, ["抢答顺序 ▶1.南湖队 +0.00 ms", "  2.A队 Team 3 +1.20 ms", "  3.白沙 Baisha 队 犯规"]),
    (60, ["抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms", "  3.白沙 Baisha 队 犯规"]),
    (80, ["抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms  3.白沙 Baisha 队 犯规"]),
])
func buzzOrderWrapsItsEntriesToTheWidth(width: Int, expected: [String]) {
    let lines = BuzzPanel.lines(Fixtures.buzzes, answering: 3, width: width)
    #expect(lines.map(\.plainText) == expected)
}

@Test(arguments: 10...160)
func buzzOrderNeverExceedsTheWidth(width: Int) {
    let lines = BuzzPanel.lines(Fixtures.buzzes + [longName], answering: 2, width: width)
    for line in lines { #expect(line.width <= width) }
    #expect(lines.first?.plainText.hasPrefix("抢答顺序") == true)
}

@Test func buzzOrderMarksTheHolderAndFalseStarts() {
    let lines = BuzzPanel.lines(Fixtures.buzzes, answering: 3, width: 80)
    #expect(
        lines[0].spans == [
            Span("抢答顺序 ", style: Theme.heading), Span("▶1.南湖队 +0.00 ms", style: Theme.highlight),
            Span("  2.A队 Team 3 +1.20 ms  "), Span("3.白沙 Baisha 队 犯规", style: Theme.bad),
        ])
    #expect(BuzzPanel.lines(Fixtures.buzzes, answering: nil, width: 80)[0].plainText.contains("▶") == false)
    #expect(BuzzPanel.lines(Fixtures.buzzes, answering: 8, width: 80)[0].plainText.contains("▶") == false)
    #expect(BuzzPanel.lines([], answering: 3, width: 80) == [])
}

@Test func buzzOrderOfAReopenedQuestionPutsTheCurrentRoundFirstAndDimsTheEarlier() {
    let first = [
        BuzzLine(team: 3, name: "南湖队", round: 1, marginText: "+0.00 ms"),
        BuzzLine(team: 6, name: "A队 Team 3", round: 1, marginText: "+1.20 ms"),
    ]
    let reopened = BuzzPanel.lines(first, answering: nil, round: 2, width: 80)
    #expect(texts(reopened) == ["抢答顺序 第2轮 等待抢答…", "  第1轮 1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms"])
    let earlier = reopened[1].spans.filter { $0.text.contains("队") }
    #expect(earlier.count == 2 && earlier.allSatisfy { $0.style == Theme.dim })
    let second = first + [BuzzLine(team: 6, name: "A队 Team 3", round: 2, marginText: "+0.00 ms")]
    #expect(
        texts(BuzzPanel.lines(second, answering: 6, round: 2, width: 80)) == [
            "抢答顺序 第2轮 ▶1.A队 Team 3 +0.00 ms", "  第1轮 1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms",
        ])
    #expect(
        texts(BuzzPanel.lines(first, answering: 3, round: 1, width: 80)) == [
            "抢答顺序 ▶1.南湖队 +0.00 ms  2.A队 Team 3 +1.20 ms"
        ])
}
