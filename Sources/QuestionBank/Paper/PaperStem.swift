/// The blanks of a stem: empty brackets made canonical, an answer written in them taken out, and
/// the blanks counted for a fill-in answer.
///
/// The canonical blank is `（  ）`, full-width brackets around two spaces, as the JSON format has it;
/// a paper has `（ ）`, `( )`, `（　）` or `()` for the same slot.
enum PaperStem {
    static let blank = "（  ）"

    /// The stem with every empty pair of brackets written as `（  ）`.
    static func normalizingBlanks(_ stem: String) -> String {
        guard stem.unicodeScalars.contains(where: { $0 == "(" || $0 == "（" }) else { return stem }
        // Scalars are gathered in an array: appending a run to a `String.UnicodeScalarView` copies
        // the whole string each time, which made a stem of many brackets quadratic.
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(stem.unicodeScalars.count)
        var open: Int?
        for scalar in stem.unicodeScalars {
            if let start = open {
                if scalar == ")" || scalar == "）" {
                    result.removeSubrange(start...)
                    result.append(contentsOf: blank.unicodeScalars)
                    open = nil
                    continue
                }
                if !(PaperText.isSpace(scalar) && scalar != "\n") { open = nil }
            }
            if scalar == "(" || scalar == "（" { open = result.count }
            result.append(scalar)
        }
        return String(String.UnicodeScalarView(result))
    }

    /// An answer written in the stem's brackets, `（B）` or `（ √ ）`: the stem with that bracket
    /// emptied, the answer, and its UTF-8 offset in the stem. The last such bracket counts.
    static func bracketAnswer(_ stem: String, letters: Bool, marks: Bool) -> (
        stem: String, answer: String, utf8Offset: Int
    )? {
        let scalars = Array(stem.unicodeScalars)
        var found: (open: Int, close: Int)?
        var open: Int?
        for (index, scalar) in scalars.enumerated() {
            if scalar == "(" || scalar == "（" {
                open = index
            } else if scalar == ")" || scalar == "）", let start = open {
                open = nil
                guard index - start <= 12 else { continue }
                let answer = Spellings.trimmed(String(String.UnicodeScalarView(scalars[(start + 1)..<index])))
                if !answer.isEmpty, isAnswer(answer, letters: letters, marks: marks) { found = (start, index) }
            }
        }
        guard let (start, close) = found else { return nil }
        var rebuilt = String.UnicodeScalarView(scalars[..<start])
        rebuilt.append(contentsOf: blank.unicodeScalars)
        rebuilt.append(contentsOf: scalars[(close + 1)...])
        var answerStart = start + 1
        while answerStart < close && PaperText.isSpace(scalars[answerStart]) { answerStart += 1 }
        let utf8Offset = scalars[..<answerStart].reduce(0) { $0 + UTF8.width($1) }
        let answer = Spellings.trimmed(String(String.UnicodeScalarView(scalars[(start + 1)..<close])))
        return (String(rebuilt), answer, utf8Offset)
    }

    private static func isAnswer(_ text: String, letters: Bool, marks: Bool) -> Bool {
        if letters, let indices = Spellings.choiceIndices(text), !indices.isEmpty,
            text.unicodeScalars.allSatisfy({ (0x41...0x48).contains(PaperText.fold($0)) || $0 == "," || $0 == "、" })
        {
            return true
        }
        return marks && truthMarks.contains(text)
    }

    /// The true/false marks a paper writes in a stem's brackets; words like `是` stay text there.
    private static let truthMarks: Set<String> = ["√", "×", "╳", "✓", "✗", "✔", "✘", "对", "错", "正确", "错误", "X"]

    /// How many blanks the stem has: each `（  ）` and each run of two or more underscores.
    static func blankCount(_ stem: String) -> Int {
        var count = 0
        var underscores = 0
        var open = false
        for scalar in stem.unicodeScalars {
            if scalar == "_" || scalar == "＿" {
                underscores += 1
                if underscores == 2 { count += 1 }
                open = false
                continue
            }
            underscores = 0
            if scalar == "(" || scalar == "（" {
                open = true
            } else if scalar == ")" || scalar == "）" {
                if open { count += 1 }
                open = false
            } else if !PaperText.isSpace(scalar) {
                open = false
            }
        }
        return count
    }
}
