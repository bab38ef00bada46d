import ContestCore
import Foundation
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

/// Points written with more than two decimals round half away from zero on the decimal as written,
/// not on its binary neighbour (1.005 is 1.00499999… as a Double, yet it was written as a tie).
@Test(arguments: [
    ("2.555", 256), ("1.005", 101), ("2.545", 255), ("-2.555", -256), ("0.125", 13), ("2.554", 255),
    ("17.674999", 1767),
    ("0.004", 0), ("0.005", 1), ("-0.005", -1), ("10", 1000), ("17.67", 1767), ("0.00001", 0), ("1e1", 1000),
])
func pointsWithMoreThanTwoDecimalsRoundHalfAwayFromZeroAsWritten(json: String, hundredths: Int) throws {
    let decoded = try JSONDecoder().decode([Points].self, from: Data("[\(json)]".utf8))
    #expect(decoded == [Points(hundredths: hundredths)])
}
