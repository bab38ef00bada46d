import ClientKit
import ContestCore
import ContestProtocol
import Testing

@Test(
    arguments: [
        (nil, nil, true, false), (nil, nil, false, false), (nil, "dumb", true, false), (nil, "dumb", false, false),
        (nil, "xterm-256color", true, true), (nil, "xterm-256color", false, false),
        ("", nil, true, false), ("", nil, false, false), ("", "dumb", true, false), ("", "dumb", false, false),
        ("", "xterm-256color", true, true), ("", "xterm-256color", false, false),
        ("1", nil, true, false), ("1", nil, false, false), ("1", "dumb", true, false), ("1", "dumb", false, false),
        ("1", "xterm-256color", true, false), ("1", "xterm-256color", false, false),
        (nil, "", true, false), ("0", "xterm", true, false),
    ] as [(String?, String?, Bool, Bool)])
func paletteUsesColorOnlyOnARealTerminalWithoutNoColor(noColor: String?, term: String?, isTerminal: Bool, color: Bool) {
    var environment = ["HOME": "/root"]
    environment["NO_COLOR"] = noColor
    environment["TERM"] = term
    #expect(Palette.detect(environment: environment, isTerminal: isTerminal).usesColor == color)
}

@Test(arguments: [
    (Line("南湖队", style: .fg(.yellow).bolded()), "\u{1B}[1;33m南湖队\u{1B}[0m", "南湖队"),
    (
        Line("▶ ") + Line("A队", style: Style.fg(.brightWhite).bg(.blue)) + " 120", "▶ \u{1B}[97;44mA队\u{1B}[0m 120",
        "▶ A队 120"
    ),
    (
        Line(
            "x",
            style: Style(
                foreground: .red, background: .brightBlack, bold: true, dim: true, reverse: true, underline: true)),
        "\u{1B}[1;2;4;7;31;100mx\u{1B}[0m", "x"
    ),
    (Line("第1题", style: Style.plain.reversed()), "\u{1B}[7m第1题\u{1B}[0m", "第1题"),
    (Line("abc"), "abc", "abc"),
    (Line(""), "", ""),
])
func paletteRendersSGRPerStyledSpanAndBareTextWithoutColor(line: Line, ansi: String, plain: String) {
    #expect(Palette.ansi.render(line) == ansi)
    #expect(Palette.plain.render(line) == plain)
}

@Test(arguments: [
    (Color.black, 30, 40), (.red, 31, 41), (.green, 32, 42), (.yellow, 33, 43), (.blue, 34, 44), (.magenta, 35, 45),
    (.cyan, 36, 46), (.white, 37, 47), (.brightBlack, 90, 100), (.brightRed, 91, 101), (.brightGreen, 92, 102),
    (.brightYellow, 93, 103), (.brightBlue, 94, 104), (.brightMagenta, 95, 105), (.brightCyan, 96, 106),
    (.brightWhite, 97, 107),
])
func paletteSelectsTheStandardSGRCodeForEachColor(color: Color, foreground: Int, background: Int) {
    #expect(Palette.ansi.render(Line("x", style: .fg(color))) == "\u{1B}[\(foreground)mx\u{1B}[0m")
    #expect(Palette.ansi.render(Line("x", style: .bg(color))) == "\u{1B}[\(background)mx\u{1B}[0m")
}
