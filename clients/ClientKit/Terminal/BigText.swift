/// Digits five rows high in "█" blocks, for the countdown on the audience terminal.
///
/// A projected terminal is read from the back of the hall, where ordinary text is too small.
/// Glyphs are 3 columns wide (digits, "-", "+" and space) or 1 (":" and "."), separated by one
/// blank column, with no gap after the last; every row of a result has the same width, so the
/// block centres as a unit. Space is as wide as a digit, so " 9" and "10" take the same room and
/// the countdown does not jump. Characters without a glyph are skipped.
///
/// ```
/// BigText.lines("12:05")
///  █  ███   ███ ███
/// ██    █ █ █ █ █
///  █  ███   █ █ ███
///  █  █   █ █ █   █
/// ███ ███   ███ ███
/// ```
public enum BigText {
    /// The number of rows every result has.
    public static let height = 5

    /// The five rows of `text` drawn in blocks; five empty strings when nothing is drawable.
    public static func lines(_ text: String) -> [String] {
        let drawn = text.compactMap { glyphs[$0] }
        return (0..<height).map { row in drawn.map { $0[row] }.joined(separator: " ") }
    }

    private static let glyphs: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"],
        "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"],
        "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"],
        "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"],
        "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"],
        "9": ["███", "█ █", "███", "  █", "███"],
        ":": [" ", "█", " ", "█", " "],
        ".": [" ", " ", " ", " ", "█"],
        "-": ["   ", "   ", "███", "   ", "   "],
        "+": ["   ", " █ ", "███", " █ ", "   "],
        " ": ["   ", "   ", "   ", "   ", "   "],
    ]
}
