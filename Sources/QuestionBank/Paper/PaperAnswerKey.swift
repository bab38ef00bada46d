/// One line of an answer key: `1.A 2.C 3.B`, `1-5 ABCDA`, `1～5：ABCDA`, `6-10 √×√√×`,
/// `11-13 AB ACD BCD`, read into one answer per question number.
///
/// A range's answers are its white-space separated groups when there is one group per question,
/// else its characters one by one; any other count is a mismatch, reported rather than spread over
/// the questions, because a key shifted by one question would mark every later answer wrong.
struct PaperAnswerKey {
    struct Entry {
        var number: Int
        var answer: Located<String>
    }

    /// A range whose answers do not number its questions.
    struct Mismatch {
        var range: String
        var expected: Int
        var found: Int
        var offset: Int
    }

    var entries: [Entry] = []
    var mismatches: [Mismatch] = []
    var hasRange = false

    /// The most questions one range may cover, which also bounds what a line can ask to allocate.
    static let maximumRange = 200

    /// The key on a line, or nil if the line is anything else. With `strict`, every answer must be
    /// letters or a true/false mark, so that a stem beginning `1．…` is never taken for a key; with
    /// `standalone` (a key line without a key heading) the line also needs a range or two entries.
    static func parse(_ text: PaperText, from start: Int, strict: Bool, standalone: Bool = false) -> PaperAnswerKey? {
        var key = PaperAnswerKey()
        var tokens = Tokens(text: text, position: start)
        var pending = tokens.next()
        while let token = pending {
            pending = tokens.next()
            guard let (first, afterFirst) = text.number(at: token.lowerBound) else { return nil }
            var position = afterFirst
            var last = first
            var isRange = false
            var tokenEnd = token.upperBound
            if let dash = text.folded(position), rangeMarks.contains(dash) {
                guard let (end, afterEnd) = text.number(at: text.skipSpaces(from: position + 1)) else { return nil }
                last = end
                position = afterEnd
                isRange = true
                if position > tokenEnd {
                    // `1- 5`: the range runs on into the next token, which now ends the entry's first one.
                    tokenEnd = tokens.skipToken(from: position)
                    pending = tokens.next()
                }
            }
            if let mark = text.folded(position), position < tokenEnd, entryMarks.contains(mark) {
                position += 1
            }
            var groups: [Range<Int>] = []
            var rest = position..<tokenEnd
            if !isRange, let split = nextEntryStart(text, in: rest) {
                // `1.A2.C`: the answer ends where the next number begins.
                pending = split..<tokenEnd
                rest = position..<split
            }
            if !rest.isEmpty { groups.append(rest) }
            while (isRange || groups.isEmpty), let next = pending, text.number(at: next.lowerBound) == nil {
                groups.append(next)
                pending = tokens.next()
            }
            guard !groups.isEmpty else { return nil }
            if strict
                && !groups.allSatisfy({ mayStartObjective(text[$0.lowerBound]) && looksObjective(text.string($0)) })
            {
                return nil
            }
            if isRange {
                key.hasRange = true
                guard last >= first && last - first < maximumRange else { return nil }
                key.addRange(first...last, groups: groups, text, rangeText: text.string(token.lowerBound..<position))
            } else {
                guard groups.count == 1 else { return nil }
                key.entries.append(Entry(number: first, answer: located(text, groups[0])))
            }
        }
        if standalone && !key.hasRange && key.entries.count + key.mismatches.count < 2 { return nil }
        return key.entries.isEmpty && key.mismatches.isEmpty ? nil : key
    }

    private mutating func addRange(
        _ numbers: ClosedRange<Int>, groups: [Range<Int>], _ text: PaperText, rangeText: String
    ) {
        let expected = numbers.count
        if groups.count == expected {
            for (number, group) in zip(numbers, groups) {
                entries.append(Entry(number: number, answer: Self.located(text, group)))
            }
            return
        }
        let characters = groups.reduce(0) { $0 + $1.count }
        if characters == expected {
            var number = numbers.lowerBound
            for group in groups {
                for index in group {
                    entries.append(Entry(number: number, answer: Self.located(text, index..<(index + 1))))
                    number += 1
                }
            }
            return
        }
        let found = groups.count > 1 && groups.contains { $0.count > 1 } ? groups.count : characters
        var trimmed = rangeText
        while let last = trimmed.unicodeScalars.last, Self.entryMarks.contains(PaperText.fold(last)) {
            trimmed.unicodeScalars.removeLast()
        }
        mismatches.append(
            Mismatch(range: trimmed, expected: expected, found: found, offset: text.offset(at: groups[0].lowerBound)))
    }

    private static func located(_ text: PaperText, _ range: Range<Int>) -> Located<String> {
        Located(value: text.string(range), offset: text.offset(at: range.lowerBound))
    }

    /// Where a number followed by an entry mark starts inside `range`, after a non-digit.
    private static func nextEntryStart(_ text: PaperText, in range: Range<Int>) -> Int? {
        var index = range.lowerBound + 1
        while index < range.upperBound {
            if let (_, end) = text.number(at: index), let previous = text.folded(index - 1),
                !(0x30...0x39).contains(previous),
                let mark = text.folded(end), entryMarks.contains(mark) || rangeMarks.contains(mark)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether an answer is option letters or a true/false mark, as the answers of a key are.
    static func looksObjective(_ answer: String) -> Bool {
        Spellings.truth(answer) != nil || answer.unicodeScalars.allSatisfy { Spellings.truth(String($0)) != nil }
            || Spellings.choiceIndices(answer).map { !$0.isEmpty } == true
    }

    /// Whether an answer starting with this scalar could be letters or a mark: a quick test that
    /// spares building the text of every stem that starts with a number.
    private static func mayStartObjective(_ scalar: Unicode.Scalar) -> Bool {
        let value = PaperText.fold(scalar)
        return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value >= 0x80 && value < 0x3000
            || objectiveMarks.contains(scalar)
    }

    private static let objectiveMarks: Set<Unicode.Scalar> = ["对", "错", "正", "是", "否", "真", "假"]

    /// `-` `－` `~` `～` `—` `–` `至` between the numbers of a range.
    private static let rangeMarks: Set<UInt32> = [0x2D, 0x7E, 0x2014, 0x2013, 0x2212, 0x81F3]
    /// `.` `．` `、` `:` `：` `)` `）` after a number.
    private static let entryMarks: Set<UInt32> = [0x2E, 0x3001, 0x3A, 0x29]

    /// The line cut at white space and at `，` `；` `,` `;`.
    private struct Tokens {
        let text: PaperText
        var position: Int

        mutating func next() -> Range<Int>? {
            while position < text.count && isSeparator(text[position]) { position += 1 }
            guard position < text.count else { return nil }
            let start = position
            while position < text.count && !isSeparator(text[position]) { position += 1 }
            return start..<position
        }

        /// Moves past the token that `index` is in, returning where it ends.
        mutating func skipToken(from index: Int) -> Int {
            position = index
            while position < text.count && !isSeparator(text[position]) { position += 1 }
            return position
        }

        private func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
            let value = PaperText.fold(scalar)
            return value == 0x2C || value == 0x3B || PaperText.isSpace(scalar)
        }
    }
}
