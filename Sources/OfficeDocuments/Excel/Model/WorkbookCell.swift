/// One non-empty cell: its column (A = 1) and its value as text, the way Excel displays it for the
/// General format.
///
/// Numbers read as Excel shows them: integers without ".0" (`1`), other values as the shortest
/// decimal that reads back to the same double (`2.5`, `0.001`, `0.30000000000000004`), and
/// scientific notation (`1.5E+21`, `1E-11`) only beyond 21 integer digits or 10 leading zeros.
/// Booleans read as `TRUE` / `FALSE`, errors as their code (`#N/A`), formulas as their cached value.
public struct WorkbookCell: Sendable, Hashable {
    public let column: Int
    public let text: String

    public init(column: Int, text: String) {
        self.column = column
        self.text = text
    }

    /// The column's letters: 1 → "A", 27 → "AA", 16384 → "XFD".
    public static func columnName(_ column: Int) -> String {
        var rest = column
        var scalars: [Unicode.Scalar] = []
        while rest > 0 {
            scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8((rest - 1) % 26)))
            rest = (rest - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }
}
