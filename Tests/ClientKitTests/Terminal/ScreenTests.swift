import ClientKit
import ContestCore
import ContestProtocol
import Testing

private let hideAndHome = "\u{1B}[?25l\u{1B}[H"

@Test(
    arguments: [
        ([Line("ab"), Line("南湖队", style: .bold)], Palette.ansi, hideAndHome + "ab\u{1B}[K\r\n\u{1B}[1m南…\u{1B}[0m"),
        ([Line("ab"), Line("南湖队", style: .bold)], .plain, hideAndHome + "ab\u{1B}[K\r\n南…"),
        ([Line("abc")], .plain, hideAndHome + "abc\r\n\u{1B}[J"),
        ([Line("")], .plain, hideAndHome + "\u{1B}[K\r\n\u{1B}[J"),
        ([], .plain, hideAndHome + "\u{1B}[J"),
        (["a", "b", "c"], .plain, hideAndHome + "a\u{1B}[K\r\nb\u{1B}[K"),
        (["a南", "南湖"], .plain, hideAndHome + "a南\r\n南…"),
        (["ab", "南"], .plain, hideAndHome + "ab\u{1B}[K\r\n南\u{1B}[K"),
    ] as [([Line], Palette, String)])
func screenRendersATwoByThreeFrameInPlace(lines: [Line], palette: Palette, expected: String) {
    #expect(Screen(lines: lines, width: 3, height: 2).render(palette: palette) == expected)
}

@Test func screenShowsTheCursorWhereInputGoes() {
    let screen = Screen(lines: ["答案：南"], width: 10, height: 1, cursor: (row: 0, column: 8))
    #expect(screen.render(palette: .plain) == hideAndHome + "答案：南\u{1B}[K\u{1B}[1;9H\u{1B}[?25h")
}
