import ContestCore
import Testing

@Test(arguments: [
    (Points(10), "10"), (Points(-5), "-5"), (Points(hundredths: 1767), "17.67"),
    (Points(hundredths: 50), "0.5"), (Points(hundredths: 5), "0.05"), (Points(hundredths: -1205), "-12.05"),
])
func pointsPrintWithoutTrailingZeros(points: Points, expected: String) {
    #expect(points.description == expected)
}

@Test(arguments: [
    (Micros(200), "+0.20 ms"), (Micros(1_234), "+1.23 ms"), (Micros(1_235), "+1.24 ms"), (Micros(0), "+0.00 ms"),
    (Micros(15_000_000), "+15000.00 ms"),
])
func buzzMarginsShowMillisecondsWithTwoDecimals(micros: Micros, expected: String) {
    #expect(Time.marginDescription(micros) == expected)
}
