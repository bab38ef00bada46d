import ContestCore

/// Reads a question bank laid out like a printed exam paper: section headings that give the type,
/// numbered questions, options, answers inline or in a key at the end, explanations.
///
/// This is how 命题组 publish banks (a Word file, or a PDF pasted into Notepad), so organisers can
/// load what they were sent without retyping it into a spreadsheet. Each question becomes a
/// `QuestionDraft` for `BankValidator`, so every rule and message of the JSON and CSV readers
/// applies; whatever the reader guessed (a type from the answer's form) or could not read (a line
/// that is none of the above) is a diagnostic at its line and column. Lines are read one at a time
/// and every rule looks at one line, so reading is linear in the size of the paper.
///
///     一、单选题（每题2分）
///     1．“一网通办”中的“网”主要指（ ）。
///     A．政务服务网  B．局域网  C．广播网  D．有线电视网
///     答案：A
struct PaperBankReader {
    static func read(_ lines: [PaperLine], collector: inout DiagnosticCollector) -> Bank {
        var reader = PaperBankReader()
        for line in lines { reader.read(line, &collector) }
        return reader.finish(&collector)
    }

    /// Which field a line of plain text continues.
    enum Field {
        case none, stem, option, answer, explanation
    }

    /// Lines of text outside any question, kept until an option or an answer shows they are an
    /// unnumbered question, else reported as ignored.
    struct Tentative {
        var question: PaperQuestion
        var lines: [Located<String>]
        /// The last line ends in an answer in brackets (`（ √ ）`), so it is a question by itself.
        var endsWithAnswer: Bool
    }

    /// The answer key being read, from its heading to the first line that is not part of it.
    struct KeyState {
        /// The section a key heading such as `一、单选题` matched.
        var section: Int?
        /// Without key headings: the section the last entry went to.
        var cursor: Int?
        var lastNumber: Int?
        /// A section heading inside the key: a key section if entries follow, else a new section.
        var pendingHeading: PaperHeading?
    }

    var title: String?
    /// A heading or a question has been seen, so plain lines are no longer the title.
    var sawStructure = false
    var sections: [PaperSection] = []
    var questions: [PaperQuestion] = []
    /// The question that lines continue.
    var current: Int?
    var field = Field.none
    var tentative: Tentative?
    var key: KeyState?
    /// A bare `参考答案` taken as the current question's answer label, which the next line may
    /// show to be the heading of a key instead.
    var pendingKeyLabel: Int?
    /// An id marker waiting for the question that follows it.
    var pendingID: Located<String>?
    /// The last number of a list inside the current stem or answer (`1.` `2.` of marking points).
    var blockList: (value: Int, mark: UInt32)?
    var previousWasOptions = false
    var previousWasBlank = false
    /// For each question number, the sections that have it, in order.
    var sectionsByNumber: [Int: [Int]] = [:]
    /// The last section an answer key without headings has reached.
    var lastKeyedSection = -1
    /// Sections before this one have no question without an answer (see `firstUnansweredSection`).
    var unansweredSearchStart = 0
    /// For each kind of section, where the next key heading of that kind starts looking.
    var keyHeadingStarts: [PaperSectionKind: Int] = [:]

    /// A heading without a type name is only taken as one when this short: longer, it is text.
    static let maximumUntypedHeadingLength = 30

    var inBlock: Bool {
        current != nil && (field == .stem || field == .answer || field == .explanation)
    }

    mutating func read(_ line: PaperLine, _ collector: inout DiagnosticCollector) {
        let text = PaperText(line.text, offset: line.offset)
        let range = text.trimmed(0..<text.count)
        guard !range.isEmpty else {
            previousWasBlank = true
            return
        }
        let optionsBefore = previousWasOptions
        previousWasOptions = false
        if let mark = line.item {
            readMarked(text, range, mark, optionsBefore: optionsBefore, &collector)
        } else {
            readLine(text, range, optionsBefore: optionsBefore, &collector)
        }
        previousWasBlank = false
    }

    private mutating func readLine(
        _ text: PaperText, _ range: Range<Int>, optionsBefore: Bool, _ collector: inout DiagnosticCollector
    ) {
        let start = range.lowerBound
        if key != nil, readInKey(text, range, &collector) { return }
        if let question = pendingKeyLabel {
            pendingKeyLabel = nil
            if convertKeyLabel(question, text, range, &collector) { return }
        }
        if let heading = PaperHeading.parse(text, from: start) {
            switch heading.role {
            case .section:
                if acceptsHeading(heading) {
                    openSection(heading, &collector)
                    return
                }
            case .answerKey:
                if heading.restStart >= range.upperBound {
                    beginKeyOrReference(at: text.offset(at: range.upperBound), &collector)
                    return
                }
                if let entries = PaperAnswerKey.parse(text, from: heading.restStart, strict: true, standalone: true) {
                    enterKey(&collector)
                    applyKey(entries, &collector)
                    return
                }
            }
        }
        if let label = PaperLabel.parse(text, from: start) {
            if label.mayBeKeyHeading {
                beginKeyOrReference(at: text.offset(at: label.content.lowerBound), &collector)
            } else {
                applyLabel(label, text, range, &collector)
            }
            return
        }
        if let entries = PaperAnswerKey.parse(text, from: start, strict: true, standalone: true) {
            enterKey(&collector)
            applyKey(entries, &collector)
            return
        }
        let number = PaperItemNumber.parse(text, from: start)
        if let number, acceptsItem(number) {
            startItem(number, text, range, wordLevel: nil, &collector)
            return
        }
        if let options = PaperOptions.parse(text, from: start), acceptsOptions(options, optionsBefore: optionsBefore) {
            addOptions(options, &collector)
            return
        }
        if PaperNoise.isNoise(text, in: range) { return }
        appendText(text, range, number: number, prefix: "", &collector)
    }

    /// A paragraph Word numbered: a heading (`一、` before `单选题`), an option (`A.`), a key
    /// entry, or a question at the section's list level; deeper levels are parts of a question.
    private mutating func readMarked(
        _ text: PaperText, _ range: Range<Int>, _ mark: PaperItemMark, optionsBefore: Bool,
        _ collector: inout DiagnosticCollector
    ) {
        let start = range.lowerBound
        let labelText = mark.label.map { PaperText($0, offset: 0) }
        let labelRange = labelText.map { $0.trimmed(0..<$0.count) }
        let labelNumber = mark.label.flatMap(PaperItemNumber.parse(label:))
        if let heading = PaperHeading.parse(text, from: start), case .section(let kind) = heading.role,
            kind != .untyped
        {
            openSection(heading, &collector)
            return
        }
        if let labelText, let labelRange, !labelRange.isEmpty, labelNumber == nil,
            let heading = PaperHeading.parse(labelText, from: labelRange.lowerBound), heading.hasOrdinal
        {
            var section = heading
            section.nameOffset = text.offset(at: start)
            section.points = nil
            openSection(section, &collector)
            return
        }
        if let label = PaperLabel.parse(text, from: start) {
            applyLabel(label, text, range, &collector)
            return
        }
        if key != nil {
            if let labelNumber, PaperAnswerKey.parse(text, from: start, strict: false) == nil {
                let answer = Located(value: text.string(range), offset: text.offset(at: start))
                applyKey(PaperAnswerKey(entries: [.init(number: labelNumber.value, answer: answer)]), &collector)
                return
            }
            if readInKey(text, range, &collector) { return }
        }
        if let labelText, let labelRange, !labelRange.isEmpty,
            let letter = PaperOptions.parse(labelText, from: labelRange.lowerBound),
            letter.pieces.count == 1, letter.pieces[0].text.value.isEmpty
        {
            let piece = PaperOptions.Piece(
                index: letter.pieces[0].index, text: Located(value: text.string(range), offset: text.offset(at: start)))
            let options = PaperOptions(pieces: [piece], isBare: false)
            if acceptsOptions(options, optionsBefore: optionsBefore) {
                addOptions(options, &collector)
                return
            }
        }
        if let section = sections.last, section.isNumberedByWord, mark.level > section.wordLevel {
            let prefix = mark.label.map { $0 + " " } ?? ""
            appendText(text, range, number: nil, prefix: prefix, &collector)
            return
        }
        let value = labelNumber?.value ?? (sections.last?.lastNumber ?? 0) + 1
        let number = PaperItemNumber(
            value: value, style: labelNumber?.style ?? .word(level: mark.level), mark: labelNumber?.mark ?? 0,
            textStart: start)
        startItem(number, text, range, wordLevel: mark.level, &collector)
    }

    /// Whether a section heading opens a section here: one without a type name does not inside a
    /// stem or an answer, where `一、…` is the first point of a list.
    func acceptsHeading(_ heading: PaperHeading) -> Bool {
        guard case .section(.untyped) = heading.role else { return true }
        return !inBlock && heading.length <= Self.maximumUntypedHeadingLength
    }

    mutating func openSection(_ heading: PaperHeading, _ collector: inout DiagnosticCollector) {
        dropTentative(&collector)
        current = nil
        field = .none
        blockList = nil
        sawStructure = true
        var points: Located<String>?
        if let given = heading.points {
            if let value = Int(given.value), value > 0 {
                points = Located(value: String(value), offset: given.offset)
            } else {
                collector.report(.badPoints(given.value), at: given.offset)
            }
        }
        let kind: PaperSectionKind
        if case .section(let given) = heading.role { kind = given } else { kind = .untyped }
        sections.append(PaperSection(kind: kind, typeOffset: heading.nameOffset, points: points))
    }

    /// The bank: every question read becomes a draft for the validator, in paper order.
    mutating func finish(_ collector: inout DiagnosticCollector) -> Bank {
        dropTentative(&collector)
        let reportsMissingDifficulty = questions.contains { $0.difficulty != nil }
        if !reportsMissingDifficulty, let first = questions.first {
            collector.report(.missingDifficulty, at: first.offset)
        }
        var counts: [QuestionType: Int] = [:]
        var validator = BankValidator(expectedCount: questions.count)
        for question in questions {
            let draft = question.draft(
                in: sections[question.section],
                id: { type in
                    counts[type, default: 0] += 1
                    return Self.fallbackID(type, number: counts[type] ?? 1)
                }, reportsMissingDifficulty: reportsMissingDifficulty, &collector)
            validator.add(draft, collector: &collector)
        }
        return Bank(title: title ?? "", questions: validator.questions)
    }

    /// `S-001`, `M-001`, `TF-001`, `F-001`, `SA-001`, `E-001`: questions of each type numbered in
    /// paper order, for papers without `【编号】` markers.
    static func fallbackID(_ type: QuestionType, number: Int) -> String {
        let prefix: String
        switch type {
        case .single: prefix = "S"
        case .multiple: prefix = "M"
        case .trueFalse: prefix = "TF"
        case .fill: prefix = "F"
        case .short: prefix = "SA"
        case .essay: prefix = "E"
        }
        let digits = String(number)
        return prefix + "-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The first characters of an ignored line, enough to find it.
    static func excerpt(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > 20 else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(20))) + "…"
    }
}
