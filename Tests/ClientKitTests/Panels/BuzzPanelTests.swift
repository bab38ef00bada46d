import ClientKit
import Testing

private let longName = PublicView.BuzzLine(team: 2, name: "示例县行政审批服务局第一代表队", marginText: "+15.06 ms")

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
