/// A fill-in answer as a paper writes it, turned into every accepted spelling.
///
/// `/` separates synonyms of one blank. With several blanks in the stem, `|`, `｜`, `；` or white
/// space separate the blanks' answers in order, and each accepted answer is one choice of synonym
/// per blank joined by `；`: `一次性/一次｜告知` gives `一次性；告知` and `一次；告知`. With one
/// blank, `|` and `｜` also separate synonyms (as in a CSV cell) and `；` stays inside the answer.
struct PaperFillAnswer: Equatable {
    var accepted: [String]
    /// How many blanks the answer gave answers for, when the stem has several.
    var answeredBlanks: Int
    /// The number of combinations when there were more than `maximumCombinations` and only the
    /// first synonym of each blank was kept.
    var limitedFrom: Int?

    /// More combinations than this would make the accepted list unreadable for the judges.
    static let maximumCombinations = 16

    static func read(_ text: String, blanks: Int) -> PaperFillAnswer {
        guard blanks >= 2 else {
            let synonyms = split(text) { $0 == "/" || $0 == "／" || $0 == "|" || $0 == "｜" }
            return PaperFillAnswer(accepted: synonyms, answeredBlanks: 1, limitedFrom: nil)
        }
        let parts = split(text) { $0 == "|" || $0 == "｜" || $0 == "；" || PaperText.isSpace($0) }.filter { !$0.isEmpty }
        var synonyms = parts.map { split($0) { $0 == "/" || $0 == "／" } }
        let combinations = synonyms.reduce(1) { product, list in
            let (value, overflow) = product.multipliedReportingOverflow(by: list.count)
            return overflow ? Int.max : value
        }
        var limitedFrom: Int?
        if combinations > maximumCombinations {
            limitedFrom = combinations
            synonyms = synonyms.map { Array($0.prefix(1)) }
        }
        var accepted = [""]
        for (position, list) in synonyms.enumerated() {
            accepted = accepted.flatMap { prefix in list.map { position == 0 ? $0 : prefix + "；" + $0 } }
        }
        return PaperFillAnswer(
            accepted: parts.isEmpty ? [] : accepted, answeredBlanks: parts.count, limitedFrom: limitedFrom)
    }

    private static func split(_ text: String, where isSeparator: (Unicode.Scalar) -> Bool) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isSeparator(scalar) {
                parts.append(Spellings.trimmed(String(current)))
                current.removeAll()
            } else {
                current.append(scalar)
            }
        }
        parts.append(Spellings.trimmed(String(current)))
        return parts
    }
}
