import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test(arguments: [
    ("南湖队", 0, ""), ("南湖队", 1, "…"), ("南湖队", 2, "…"), ("南湖队", 3, "南…"), ("南湖队", 4, "南…"),
    ("南湖队", 5, "南湖…"), ("南湖队", 6, "南湖队"), ("A队", 2, "A…"), ("abc", -1, ""),
    ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"), ("👍🏽👍🏽", 3, "👍🏽…"),
])
func truncateCutsAtGraphemeBoundariesAndNeverPads(text: String, width: Int, expected: String) {
    #expect(TextLayout.truncate(text, to: width) == expected)
}

/// "南湖队 Team 3" is 13 columns; every width from 1 to 20.
@Test(arguments: [
    (1, "…"), (2, "…"), (3, "南…"), (4, "南…"), (5, "南湖…"), (6, "南湖…"), (7, "南湖队…"), (8, "南湖队…"),
    (9, "南湖队 T…"), (10, "南湖队 Te…"), (11, "南湖队 Tea…"), (12, "南湖队 Team…"), (13, "南湖队 Team 3"),
    (14, "南湖队 Team 3"), (20, "南湖队 Team 3"),
])
func truncateOfAMixedNameDropsTheSpaceBeforeTheEllipsis(width: Int, expected: String) {
    #expect(TextLayout.truncate("南湖队 Team 3", to: width) == expected)
}

@Test(arguments: [
    ("南湖队", 8, Alignment.left, "南湖队  "), ("南湖队", 8, .right, "  南湖队"), ("南湖队", 9, .center, " 南湖队  "),
    ("南湖队", 10, .center, "  南湖队  "), ("南湖队", 4, .left, "南… "), ("南湖队", 4, .right, " 南…"),
    ("A队", 4, .center, "A队 "), ("", 3, .left, "   "), ("abc", 0, .left, ""), ("南湖队 Team 3", 10, .left, "南湖队 Te…"),
    ("120", 6, .right, "   120"),
])
func padTruncatesThenFillsWithSpacesToTheExactWidth(text: String, width: Int, alignment: Alignment, expected: String) {
    #expect(TextLayout.pad(text, to: width, alignment: alignment) == expected)
}

@Test(arguments: 1...20)
func padAlwaysFillsAndTruncateNeverExceedsTheWidth(width: Int) {
    for text in ["南湖队 Team 3", "A队", "第1题：北京是中国的首都吗？", "👨\u{200D}👩\u{200D}👧🇨🇳e\u{301}", "abc"] {
        #expect(DisplayWidth.of(TextLayout.pad(text, to: width, alignment: .center)) == width)
        #expect(DisplayWidth.of(TextLayout.truncate(text, to: width)) <= width)
    }
}

@Test func layoutAlignmentIsTheTopLevelAlignment() {
    let alignment: TextLayout.Alignment = .right
    #expect(TextLayout.pad("1", to: 3, alignment: alignment) == "  1")
}
