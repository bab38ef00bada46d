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
        // Each combination is joined once, counting through the synonyms like digits (the last
        // blank fastest), so a long answer costs its length times the combinations, no more.
        var accepted: [String] = []
        var choice = Array(repeating: 0, count: synonyms.count)
        while !parts.isEmpty {
            accepted.append(zip(synonyms, choice).map { $0[$1] }.joined(separator: "；"))
            var position = synonyms.count - 1
            while position >= 0 && choice[position] == synonyms[position].count - 1 {
                choice[position] = 0
                position -= 1
            }
            guard position >= 0 else { break }
            choice[position] += 1
        }
        return PaperFillAnswer(accepted: accepted, answeredBlanks: parts.count, limitedFrom: limitedFrom)
    }

    private static func split(_ text: String, where isSeparator: (Unicode.Scalar) -> Bool) -> [String] {
        var parts: [String] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if isSeparator(scalar) {
                parts.append(Spellings.trimmed(String(String.UnicodeScalarView(current))))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(scalar)
            }
        }
        parts.append(Spellings.trimmed(String(String.UnicodeScalarView(current))))
        return parts
    }
}
