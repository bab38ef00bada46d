/// A line as Unicode scalars, each with its byte offset in the whole text, for the layout rules.
///
/// The rules look at a scalar or two ahead (`1．`, `（A）`) and must report where they found
/// something as a byte offset; indexing scalars directly keeps every rule a single pass over the
/// line, which matters on the megabyte-long lines a PDF paste can produce.
struct PaperText {
    let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the byte offset of `scalars[i]`; one more entry holds the end of the line.
    private let offsets: [Int]
    /// The line's UTF-8, from which `string(_:)` cuts text: decoding bytes is several times faster
    /// than gathering scalars into a string.
    private let utf8: [UInt8]
    private let base: Int

    init(_ text: String, offset: Int) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var position = offset
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(position)
            position += UTF8.width(scalar)
        }
        offsets.append(position)
        self.scalars = scalars
        self.offsets = offsets
        utf8 = Array(text.utf8)
        base = offset
    }

    var count: Int { scalars.count }

    subscript(index: Int) -> Unicode.Scalar { scalars[index] }

    /// The scalar at `index` with full-width ASCII folded to ASCII (`１` → `1`, `．` → `.`), or nil
    /// past the end, so rules can match both widths with one comparison.
    func folded(_ index: Int) -> UInt32? {
        guard index >= 0 && index < scalars.count else { return nil }
        return Self.fold(scalars[index])
    }

    static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        return (0xFF01...0xFF5E).contains(value) ? value - 0xFEE0 : value
    }

    /// The byte offset of the scalar at `index` (the end of the line for `count`).
    func offset(at index: Int) -> Int { offsets[min(max(index, 0), scalars.count)] }

    func string(_ range: Range<Int>) -> String {
        String(
            decoding: utf8[(offset(at: range.lowerBound) - base)..<(offset(at: range.upperBound) - base)], as: UTF8.self
        )
    }

    /// `range` without white space at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && Self.isSpace(scalars[lower]) { lower += 1 }
        while upper > lower && Self.isSpace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The first index at or after `index` that is not white space.
    func skipSpaces(from index: Int) -> Int {
        var index = index
        while index < scalars.count && Self.isSpace(scalars[index]) { index += 1 }
        return index
    }

    /// Whether the scalars from `index` spell `word` (compared after folding widths).
    func matches(_ word: String, at index: Int) -> Bool {
        var position = index
        for scalar in word.unicodeScalars {
            guard let value = folded(position), value == Self.fold(scalar) else { return false }
            position += 1
        }
        return true
    }

    /// The value of up to `maximumDigits` ASCII or full-width digits from `index`, and where they end.
    func number(at index: Int, maximumDigits: Int = 4) -> (value: Int, end: Int)? {
        var value = 0
        var end = index
        while let digit = folded(end), (0x30...0x39).contains(digit) {
            guard end - index < maximumDigits else { return nil }
            value = value * 10 + Int(digit - 0x30)
            end += 1
        }
        return end > index ? (value, end) : nil
    }

    /// White space as paper text has it: spaces, tabs, the ideographic space, no-break spaces.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            true
        default: false
        }
    }
}
