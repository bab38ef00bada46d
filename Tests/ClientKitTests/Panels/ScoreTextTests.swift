import ClientKit
import Testing

@Test(arguments: [
    (10.0, "10"), (17.67, "17.67"), (17.666, "17.67"), (-2.5, "-2.5"), (0.05, "0.05"), (0.5, "0.5"), (3.10, "3.1"),
    (100.1, "100.1"), (0.0, "0"), (-0.0, "0"), (-0.004, "0"), (-17.5, "-17.5"), (120.0, "120"), (1.999, "2"),
])
func scorePointsAreExactToAHundredthWithoutTrailingZeros(value: Double, text: String) {
    #expect(ScoreText.points(value) == text)
}

@Test(arguments: [(10.0, "+10"), (-2.5, "-2.5"), (0.0, "±0"), (0.001, "±0"), (0.5, "+0.5"), (-0.05, "-0.05")])
func scoreChangesCarryTheirSign(value: Double, text: String) {
    #expect(ScoreText.signed(value) == text)
}

@Test(
    arguments: [
        (Int64(-5), 0), (0, 0), (1, 1), (999_999, 1), (1_000_000, 1), (1_000_001, 2), (18_000_000, 18),
        (19_999_967, 20),
    ] as [(Int64, Int)])
func scoreSecondsRoundUpSoZeroMeansOver(micros: Int64, seconds: Int) {
    #expect(ScoreText.seconds(micros) == seconds)
}
