import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test(arguments: [
    ("", 10, [""]), ("abc def ghi", 7, ["abc def", "ghi"]), ("abc def ghi", 3, ["abc", "def", "ghi"]),
    ("abc def ghi", 20, ["abc def ghi"]), ("a  b", 10, ["a  b"]), ("a b   ", 10, ["a b"]),
    ("  indented text", 20, ["  indented text"]), ("supercalifragilistic", 8, ["supercal", "ifragili", "stic"]),
    ("ab cdefghij", 4, ["ab", "cdef", "ghij"]), ("line one\nline two", 20, ["line one", "line two"]),
    ("a\n\nb", 5, ["a", "", "b"]), ("a\r\nb", 5, ["a", "b"]), ("one two\n", 20, ["one two", ""]),
])
func wrapBreaksASCIIWordsAtSpacesAndKeepsLineBreaks(text: String, width: Int, expected: [String]) {
    #expect(TextLayout.wrap(text, to: width) == expected)
}

@Test(arguments: [
    ("第1题：北京是中国的首都吗？", 10, ["第1题：北", "京是中国的", "首都吗？"]),
    ("第1题：北京是中国的首都吗？", 30, ["第1题：北京是中国的首都吗？"]),
    ("南湖 Team 3 答对了！", 8, ["南湖", "Team 3", "答对了！"]),
    ("南湖队Team", 8, ["南湖队", "Team"]),
    ("南湖", 1, ["南", "湖"]),
    ("南湖队 Team 3", 5, ["南湖", "队", "Team", "3"]),
])
func wrapBreaksChineseBetweenAnyCharacters(text: String, width: Int, expected: [String]) {
    #expect(TextLayout.wrap(text, to: width) == expected)
}

@Test(arguments: [
    ("北京是中国的首都。", 8, ["北京是中", "国的首", "都。"]),
    ("答案是：对、错。", 6, ["答案", "是：", "对、", "错。"]),
    ("好。", 2, ["好", "。"]),
    ("A 好。", 2, ["A", "好", "。"]),
])
func wrapMovesACharacterDownRatherThanStartALineWithClosingPunctuation(
    text: String, width: Int, expected: [String]
) {
    #expect(TextLayout.wrap(text, to: width) == expected)
}

@Test(arguments: 2...20)
func wrapKeepsEveryCharacterAndNoLineIsTooWideOrEndsInASpace(width: Int) {
    let text = "第3题（抢答）：South Lake 队的 captain 是谁？请在 10 秒内作答。"
    let lines = TextLayout.wrap(text, to: width)
    for line in lines {
        #expect(DisplayWidth.of(line) <= width)
        #expect(line.last != " ")
    }
    #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
}
