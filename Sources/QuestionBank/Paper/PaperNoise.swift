/// Lines that come from the page, not the bank: page numbers (`- 3 -`, `3`, `第1页 共3页`,
/// `第 1 页／共 3 页`, `3/10`) and Word field codes left in pasted text (`PAGE`, `NUMPAGES`,
/// `{ PAGE \* MERGEFORMAT }`, `第 PAGE 页 共 NUMPAGES 页`).
///
/// A line is noise when nothing is left after removing digits, field-code words and the few marks
/// a page footer uses, and it held a digit or a field code to begin with; such lines are dropped
/// without a warning, since every page of a pasted paper has one.
enum PaperNoise {
    static func isNoise(_ text: PaperText, in range: Range<Int>) -> Bool {
        guard range.count <= 80 else { return false }
        var sawNumber = false
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = text[index]
            let value = PaperText.fold(scalar)
            if (0x30...0x39).contains(value) {
                sawNumber = true
            } else if let word = fieldWords.first(where: { text.matches($0, at: index) }) {
                sawNumber = true
                index += word.unicodeScalars.count
                continue
            } else if !PaperText.isSpace(scalar) && !footerMarks.contains(value) {
                return false
            }
            index += 1
        }
        return sawNumber
    }

    private static let fieldWords = [
        "MERGEFORMAT", "NUMPAGES", "SECTIONPAGES", "PAGE", "Page", "ARABIC", "Arabic", "of",
    ]

    /// `- — – / ｜ { } \ * , . _` and `第 页 共`.
    private static let footerMarks: Set<UInt32> = [
        0x2D, 0x2014, 0x2013, 0x2212, 0x2F, 0x7C, 0x7B, 0x7D, 0x5C, 0x2A, 0x2C, 0x2E, 0x5F, 0xB7, 0x7B2C, 0x9875,
        0x5171,
    ]
}
