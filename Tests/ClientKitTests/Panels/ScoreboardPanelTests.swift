import ClientKit
import ContestCore
import ContestProtocol
import Foundation
import Testing

private let changes: [TeamID: ScoreboardPanel.Change] = [
    6: .init(places: 1, points: 10), 2: .init(places: -2, points: -5),
]

@Test(arguments: [
    (
        40,
        [
            "  名次     队伍                 总分 变…",
            "  第1名    南湖队                120",
            "▶ 第2名    A队 Team 3          117.5 ▲1…",
            "  并列第3  城东队                 95",
            "  并列第3  白沙 Baisha 队         95",
            "  第5名    示例县行政审批…      -2.5 ▼2…",
        ]
    ),
    (
        80,
        [
            "  名次     队伍                 总分 变化",
            "  第1名    南湖队                120",
            "▶ 第2名    A队 Team 3          117.5 ▲1 +10    ",
            "  并列第3  城东队                 95",
            "  并列第3  白沙 Baisha 队         95",
            "  第5名    示例县行政审批…      -2.5 ▼2 -5     ",
        ]
    ),
    (
        120,
        [
            "  名次     队伍                 总分 变化",
            "  第1名    南湖队                120",
            "▶ 第2名    A队 Team 3          117.5 ▲1 +10    ",
            "  并列第3  城东队                 95",
            "  并列第3  白沙 Baisha 队         95",
            "  第5名    示例县行政审批…      -2.5 ▼2 -5     ",
        ]
    ),
])
func scoreboardLinesUpMixedNamesAndShowsChanges(width: Int, expected: [String]) {
    let lines = ScoreboardPanel.lines(Fixtures.standings, width: width, highlight: 6, changes: changes)
    #expect(lines.map(\.plainText) == expected)
}

@Test(arguments: [
    (
        40,
        [
            "  名次     队伍                 总分 变…",
            "  第1名    南湖队                120",
            "  第2名    A队 Team 3          117.5",
            "  并列第3  城东队                 95",
            "  并列第3  白沙 Baisha 队         95",
            "  第5名    示例县行政审批…      -2.5",
        ]
    ),
    (
        80,
        [
            "  名次     队伍             单位                             总分 变化",
            "  第1名    南湖队           示例县南湖镇便民服务中心          120",
            "  第2名    A队 Team 3       城西 Service Center             117.5",
            "  并列第3  城东队           示例县城东镇便民服务中心           95",
            "  并列第3  白沙 Baisha 队                                      95",
            "  第5名    示例县行政审批…  行政审批服务局                   -2.5",
        ]
    ),
    (
        120,
        [
            "  名次     队伍             单位                             总分 变化",
            "  第1名    南湖队           示例县南湖镇便民服务中心          120",
            "  第2名    A队 Team 3       城西 Service Center             117.5",
            "  并列第3  城东队           示例县城东镇便民服务中心           95",
            "  并列第3  白沙 Baisha 队                                      95",
            "  第5名    示例县行政审批…  行政审批服务局                   -2.5",
        ]
    ),
])
func scoreboardAddsTheUnitColumnWhenTheWidthAllows(width: Int, expected: [String]) {
    let lines = ScoreboardPanel.lines(Fixtures.standings, width: width, showUnit: true)
    #expect(lines.map(\.plainText) == expected)
}

/// The characters of `text` whose columns start in `range`, counted in display columns.
private func columns(_ text: String, _ range: Range<Int>) -> String {
    var column = 0
    var result = ""
    for character in text {
        if range.contains(column) { result.append(character) }
        column += DisplayWidth.of(character)
    }
    return result
}

@Test(arguments: 40...160)
func scoreboardRowsShareTheNameColumnAndFitTheWidth(width: Int) {
    for showUnit in [false, true] {
        let lines = ScoreboardPanel.lines(
            Fixtures.standings, width: width, highlight: 3, changes: changes, showUnit: showUnit)
        #expect(lines.count == Fixtures.standings.count + 1)
        let names = lines.dropFirst().map { columns($0.plainText, 11..<27) }
        #expect(names.map { DisplayWidth.of($0) } == Array(repeating: 16, count: Fixtures.standings.count))
        #expect(
            names.map { $0.trimmingCharacters(in: .whitespaces) } == [
                "南湖队", "A队 Team 3", "城东队", "白沙 Baisha 队", "示例县行政审批…",
            ])
        let unit = showUnit && width >= 54 ? min(29, width - 47) : 0
        let scores = lines.dropFirst().map { columns($0.plainText, 28 + unit..<36 + unit) }
        #expect(scores == ["     120", "   117.5", "      95", "      95", "    -2.5"])
        for line in lines { #expect(line.width <= width) }
    }
}

@Test func scoreboardHighlightsTheRowAndColoursTheChange() {
    let lines = ScoreboardPanel.lines(Fixtures.standings, width: 80, highlight: 6, changes: changes)
    #expect(lines[0].spans.map(\.style) == [Theme.dim])
    #expect(lines[1].spans.map(\.style) == [.plain])
    #expect(
        lines[2].spans == [
            Span("▶ 第2名    A队 Team 3          117.5", style: Theme.highlight), Span(" "),
            Span("▲1 +10    ", style: Theme.good),
        ])
    #expect(lines[5].spans.last == Span("▼2 -5     ", style: Theme.bad))
    let dropped = ScoreboardPanel.lines(Fixtures.standings, width: 80, changes: [3: .init(places: -1, points: 0)])
    #expect(dropped[1].spans.last == Span("▼1        ", style: Theme.bad))
    #expect(
        Palette.ansi.render(lines[2])
            == "\u{1B}[1;30;43m▶ 第2名    A队 Team 3          117.5\u{1B}[0m \u{1B}[1;32m▲1 +10    \u{1B}[0m")
}

@Test(
    arguments: [
        (2, 1000, "▲2 +10"), (-1, -500, "▼1 -5"), (0, 1000, "+10"), (0, -250, "-2.5"), (1, 0, "▲1"), (-3, 0, "▼3"),
        (0, 0, ""),
        (1, -50, "▲1 -0.5"),
    ] as [(Int, Int, String)])
func scoreboardChangeTextShowsPlacesThenPoints(places: Int, hundredths: Int, text: String) {
    #expect(ScoreboardPanel.Change(places: places, points: Points(hundredths: hundredths)).text == text)
}

@Test func scoreboardChangesCompareRanksAndTotalsTeamByTeam() {
    let old: [Standing] = [
        .init(team: 3, name: "南湖队", total: 120, rank: 1),
        .init(team: 6, name: "A队 Team 3", total: Points(hundredths: 11_750), rank: 2),
        .init(team: 1, name: "城东队", total: 95, rank: 3), .init(team: 8, name: "白沙 Baisha 队", total: 90, rank: 4),
    ]
    let new: [Standing] = [
        .init(team: 6, name: "A队 Team 3", total: Points(hundredths: 12_750), rank: 1),
        .init(team: 3, name: "南湖队", total: 120, rank: 2),
        .init(team: 1, name: "城东队", total: 95, rank: 3), .init(team: 8, name: "白沙 Baisha 队", total: 85, rank: 4),
        .init(team: 9, name: "新队", total: 0, rank: 5),
    ]
    #expect(
        ScoreboardPanel.changes(from: old, to: new) == [
            6: .init(places: 1, points: 10), 3: .init(places: -1, points: 0), 8: .init(places: 0, points: -5),
        ])
    #expect(ScoreboardPanel.changes(from: new, to: new) == [:])
}
