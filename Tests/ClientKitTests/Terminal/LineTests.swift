import ClientKit
import ContestCore
import ContestProtocol
import Testing

private let red = Style.fg(.red)

@Test func lineDropsEmptySpansAndMergesNeighboursOfTheSameStyle() {
    let line = Line([Span("南"), Span("", style: red), Span("湖"), Span("队", style: red), Span(" 3", style: red)])
    #expect(line.spans == [Span("南湖"), Span("队 3", style: red)])
    #expect(Line("a") + Line("b") == Line("ab"))
    #expect(Line("").spans == [])
}

@Test func lineConcatenatesMeasuresAndAcceptsLiterals() {
    let line = Line("南湖队", style: .bold) + "  120"
    #expect(line.plainText == "南湖队  120")
    #expect(line.width == 11)
    #expect(line.spans == [Span("南湖队", style: .bold), Span("  120")])
    let literal: Line = "abc"
    #expect(literal == Line("abc", style: .plain))
}

@Test(arguments: [
    (0, [Span]()), (1, [Span("…", style: red)]), (4, [Span("南…", style: red)]),
    (5, [Span("南湖", style: red), Span("…")]), (8, [Span("南湖", style: red), Span("队"), Span("…", style: .bold)]),
    (9, [Span("南湖", style: red), Span("队 "), Span("T…", style: .bold)]),
    (12, [Span("南湖", style: red), Span("队 "), Span("Team…", style: .bold)]),
    (13, [Span("南湖", style: red), Span("队 "), Span("Team 3", style: .bold)]),
])
func lineTruncationCutsAcrossSpansAndStylesTheEllipsisLikeWhatItReplaces(width: Int, spans: [Span]) {
    let line = Line("南湖", style: red) + Line("队 ") + Line("Team 3", style: .bold)
    #expect(line.truncated(to: width) == Line(spans))
}

@Test(arguments: [
    (8, Alignment.left, [Span("南湖", style: red), Span("队  ")]),
    (8, .right, [Span(" "), Span("南湖", style: red), Span("队 ")]),
    (7, .center, [Span("南湖", style: red), Span("队 ")]),
    (4, .left, [Span("南…", style: red), Span(" ")]),
    (4, .right, [Span(" "), Span("南…", style: red)]),
])
func linePaddingAddsUnstyledSpacesAfterTruncation(width: Int, alignment: Alignment, spans: [Span]) {
    let line = Line("南湖", style: red) + Line("队 ")
    let padded = line.padded(to: width, alignment: alignment)
    #expect(padded == Line(spans))
    #expect(padded.width == width)
}

@Test func styleBuilderSetsEachAttribute() {
    let style = Style.fg(.yellow).bg(.blue).bolded().dimmed().reversed().underlined()
    #expect(
        style
            == Style(foreground: .yellow, background: .blue, bold: true, dim: true, reverse: true, underline: true))
    #expect(Style.bg(.red) == Style(background: .red))
    #expect(Style.bold == Style.plain.bolded())
    #expect(Style.plain == Style())
}
