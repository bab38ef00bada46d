import ClientKit
import ContestCore
import Testing

@Test(arguments: [(1000, "+10"), (-250, "-2.5"), (0, "±0"), (50, "+0.5"), (-5, "-0.05")])
func scoreChangesCarryTheirSign(hundredths: Int, text: String) {
    #expect(ScoreText.signed(Points(hundredths: hundredths)) == text)
}

@Test(
    arguments: [
        (Int64(-5), 0), (0, 0), (1, 1), (999_999, 1), (1_000_000, 1), (1_000_001, 2), (18_000_000, 18),
        (19_999_967, 20),
    ] as [(Int64, Int)])
func scoreSecondsRoundUpSoZeroMeansOver(micros: Int64, seconds: Int) {
    #expect(ScoreText.seconds(micros) == seconds)
}
