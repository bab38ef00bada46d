/// A cell reference such as `G3`: column G (7) and row 3, inside Excel's 16,384 × 1,048,576 grid.
struct CellReference: Hashable {
    static let maximumColumn = 16_384
    static let maximumRow = 1_048_576

    let column: Int
    let row: Int

    /// Parses `G3` (letters then digits, `$` anchors ignored); nil when it is not a reference.
    init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A") + 1)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
        }
        guard letters > 0, digits > 0, (1...Self.maximumColumn).contains(column), (1...Self.maximumRow).contains(row)
        else { return nil }
        self.column = column
        self.row = row
    }
}
