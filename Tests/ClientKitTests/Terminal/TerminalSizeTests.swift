import Testing

@testable import ClientKit

@Test(
    arguments: [
        (120, 40, ["COLUMNS": "100", "LINES": "30"], 120, 40),
        (0, 0, ["COLUMNS": "100", "LINES": "30"], 100, 30),
        (0, 0, [:], 80, 24),
        (0, 50, ["COLUMNS": "wide", "LINES": "30"], 80, 50),
        (132, 0, ["COLUMNS": "0", "LINES": "-5"], 132, 24),
    ] as [(Int, Int, [String: String], Int, Int)])
func terminalSizeFallsBackToTheEnvironmentThenToEightyByTwentyFour(
    columns: Int, rows: Int, environment: [String: String], width: Int, height: Int
) {
    let size = Terminal.size(columns: columns, rows: rows, environment: environment)
    #expect(size.width == width)
    #expect(size.height == height)
}
