import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test(arguments: [
    (
        "12:05",
        [
            " █  ███   ███ ███",
            "██    █ █ █ █ █  ",
            " █  ███   █ █ ███",
            " █  █   █ █ █   █",
            "███ ███   ███ ███",
        ]
    ),
    (
        " 9",
        [
            "    ███",
            "    █ █",
            "    ███",
            "      █",
            "    ███",
        ]
    ),
    (
        "+3.4-",
        [
            "    ███   █ █    ",
            " █    █   █ █    ",
            "███ ███   ███ ███",
            " █    █     █    ",
            "    ███ █   █    ",
        ]
    ),
    (
        "678",
        [
            "███ ███ ███",
            "█     █ █ █",
            "███   █ ███",
            "█ █   █ █ █",
            "███   █ ███",
        ]
    ),
    ("", ["", "", "", "", ""]),
    ("x", ["", "", "", "", ""]),
])
func bigTextDrawsFiveRowsOfBlocksWithOneColumnBetweenGlyphs(text: String, rows: [String]) {
    #expect(BigText.lines(text) == rows)
}

@Test func bigTextRowsAreAllAsWideAsTheGlyphsAndGaps() {
    let rows = BigText.lines("0123456789:.-+ ")
    #expect(rows.count == BigText.height)
    for row in rows {
        #expect(DisplayWidth.of(row) == 13 * 3 + 2 * 1 + 14)
    }
}
