import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test(arguments: [
    ("", 0), ("abc", 3), ("Team 3", 6), ("a\tb", 2), ("\u{07}", 0), ("\r\n", 0), ("南湖队", 6), ("A队", 3),
    ("第1题", 5), ("，。、", 6), ("\u{3000}", 2), ("ＡＢ！", 6), ("￥", 2), ("한글", 4), ("ひらがな カタカナ", 17),
    ("𠀋", 2), ("🔔", 2), ("👍🏽", 2), ("👨\u{200D}👩\u{200D}👧", 2), ("🇨🇳", 2), ("\u{1F1E8}", 1), ("❤\u{FE0F}", 2),
    ("❤", 1), ("e\u{301}", 1), ("\u{301}", 0), ("\u{200B}", 0), ("\u{200D}", 0), ("…", 1), ("┌─┐", 3),
    ("▲▼·", 3), ("▶ 南湖队 120", 12),
])
func displayWidthCountsColumnsPerGraphemeCluster(text: String, columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
}

@Test(arguments: [
    (Character("a"), 1), ("南", 2), ("👍🏽", 2), ("🇨🇳", 2), ("e\u{301}", 1), ("\u{1B}", 0), ("…", 1),
])
func displayWidthOfACharacterIsZeroOneOrTwo(character: Character, columns: Int) {
    #expect(DisplayWidth.of(character) == columns)
}

@Test func displayWidthMeasuresSubstringsLikeStrings() {
    let text = "队名：南湖队 Team 3"
    #expect(DisplayWidth.of(text.dropFirst(3)) == 13)
    #expect(DisplayWidth.of(text.prefix(2)) == 4)
}
