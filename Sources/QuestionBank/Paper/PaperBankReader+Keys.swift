/// Answer keys: `参考答案` and its entries, per section when the key repeats the section headings.
extension PaperBankReader {
    mutating func enterKey(_ collector: inout DiagnosticCollector) {
        dropTentative(&collector)
        current = nil
        field = .none
        key = KeyState()
    }

    /// Reads a line inside a key; false when the line ends the key (and is read as usual).
    mutating func readInKey(_ text: PaperText, _ range: Range<Int>, _ collector: inout DiagnosticCollector) -> Bool {
        let start = range.lowerBound
        if let entries = PaperAnswerKey.parse(text, from: start, strict: !keyTakesText) {
            if let heading = key?.pendingHeading {
                key = KeyState(section: matchKeySection(heading))
            }
            applyKey(entries, &collector)
            return true
        }
        if let heading = PaperHeading.parse(text, from: start) {
            switch heading.role {
            case .section where acceptsHeading(heading):
                readKeyHeading(heading, text, range, &collector)
                return true
            case .answerKey where heading.restStart >= range.upperBound:
                key = KeyState()
                return true
            case .section, .answerKey:
                break
            }
        }
        if PaperNoise.isNoise(text, in: range) { return true }
        let pending = key?.pendingHeading
        key = nil
        if let pending { openSection(pending, &collector) }
        return false
    }

    /// Whether the key's entries may be any text (`1.一次性`), not only letters and marks: only under
    /// a heading of fill-in, short-answer or essay questions, so that `1．…` after a key that ends
    /// without a heading is the next question, not an entry.
    private var keyTakesText: Bool {
        let kind =
            key?.pendingHeading.flatMap { heading -> PaperSectionKind? in
                if case .section(let kind) = heading.role { return kind }
                return nil
            } ?? key?.section.map { sections[$0].kind }
        switch kind {
        case .typed(.fill), .typed(.short), .typed(.essay): return true
        case .typed, .choice, .untyped, nil: return false
        }
    }

    /// After a bare `参考答案` taken as an answer label: entries or a section heading on the next
    /// line show it was the heading of a key. Under a short answer or an essay only letters and
    /// marks count as entries, since `1. …` there is the first marking point.
    mutating func convertKeyLabel(
        _ question: Int, _ text: PaperText, _ range: Range<Int>, _ collector: inout DiagnosticCollector
    ) -> Bool {
        let start = range.lowerBound
        let strict = takesReference(question, answer: "")
        if let entries = PaperAnswerKey.parse(text, from: start, strict: strict) {
            questions[question].answer = nil
            enterKey(&collector)
            applyKey(entries, &collector)
            return true
        }
        if let heading = PaperHeading.parse(text, from: start), case .section = heading.role, acceptsHeading(heading) {
            questions[question].answer = nil
            enterKey(&collector)
            readKeyHeading(heading, text, range, &collector)
            return true
        }
        return false
    }

    /// A section's heading inside a key; its entries may follow on the same line
    /// (`一、单项选择题：1.A 2.B`). A heading followed by no entries was a section with no key.
    private mutating func readKeyHeading(
        _ heading: PaperHeading, _ text: PaperText, _ range: Range<Int>, _ collector: inout DiagnosticCollector
    ) {
        key?.pendingHeading = heading
        var rest = heading.restStart
        while rest < range.upperBound, PaperText.isSpace(text[rest]) || ":：".unicodeScalars.contains(text[rest]) {
            rest += 1
        }
        guard rest < range.upperBound, let entries = PaperAnswerKey.parse(text, from: rest, strict: !keyTakesText)
        else { return }
        key = KeyState(section: matchKeySection(heading))
        applyKey(entries, &collector)
    }

    mutating func applyKey(_ key: PaperAnswerKey, _ collector: inout DiagnosticCollector) {
        if self.key == nil { self.key = KeyState() }
        for mismatch in key.mismatches {
            collector.report(
                .keyCountMismatch(range: mismatch.range, expected: mismatch.expected, found: mismatch.found),
                at: mismatch.offset)
        }
        for entry in key.entries {
            guard let index = question(numbered: entry.number) else {
                collector.report(.keyWithoutQuestion(entry.number), at: entry.answer.offset)
                continue
            }
            if let earlier = questions[index].keyAnswer {
                if !PaperQuestion.sameAnswer(earlier.value, entry.answer.value) {
                    collector.report(
                        .answerConflict(kept: earlier.value, other: entry.answer.value), at: entry.answer.offset)
                }
            } else {
                questions[index].keyAnswer = entry.answer
            }
        }
    }

    /// The question a key entry answers: by number in the key's section, or without key headings,
    /// in the section the key has reached, moving on when the numbers start again.
    private mutating func question(numbered number: Int) -> Int? {
        guard var state = key else { return nil }
        defer { key = state }
        if let section = state.section { return sections[section].questionsByNumber[number] }
        var cursor = state.cursor ?? firstUnansweredSection()
        if let last = state.lastNumber, number <= last { cursor += 1 }
        state.lastNumber = number
        state.cursor = cursor
        lastKeyedSection = max(lastKeyedSection, cursor)
        guard let holders = sectionsByNumber[number] else { return nil }
        var low = 0
        var high = holders.count
        while low < high {
            let middle = (low + high) / 2
            if holders[middle] < cursor { low = middle + 1 } else { high = middle }
        }
        guard low < holders.count else { return nil }
        state.cursor = holders[low]
        lastKeyedSection = max(lastKeyedSection, holders[low])
        return sections[holders[low]].questionsByNumber[number]
    }

    /// Where a key without headings starts: the first section after those already keyed that has
    /// questions without an answer line, else the one after the last keyed.
    ///
    /// Only the last section gains questions, so a section passed over once stays answered and the
    /// search never looks at it again: many keys cost no more than one.
    private mutating func firstUnansweredSection() -> Int {
        var index = max(unansweredSearchStart, lastKeyedSection + 1)
        while index < sections.count - 1 && sections[index].unanswered <= 0 { index += 1 }
        unansweredSearchStart = index
        return index < sections.count && sections[index].unanswered > 0 ? index : lastKeyedSection + 1
    }

    /// The section a key heading (`一、单选题` inside the key) stands for: the next section of the
    /// same kind that no key heading has named yet.
    private mutating func matchKeySection(_ heading: PaperHeading) -> Int? {
        guard case .section(let kind) = heading.role else { return nil }
        var index = keyHeadingStarts[kind] ?? 0
        while index < sections.count && sections[index].kind != kind { index += 1 }
        keyHeadingStarts[kind] = min(index + 1, sections.count)
        return index < sections.count ? index : nil
    }
}
