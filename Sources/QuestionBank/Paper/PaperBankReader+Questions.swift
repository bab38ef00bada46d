import ContestCore

/// The lines of one question: its number and stem, options, labelled fields and continuations.
extension PaperBankReader {
    /// Whether a numbered line starts a question rather than continuing the current one.
    ///
    /// A number in another style than the section's questions (`（1）` under `1．`) is a part of the
    /// stem, unless it is the next question's number and continues no list of the question's own
    /// (papers pasted together mix `1．` `（3）` `4.`). Inside a stem or an answer only the next
    /// question's number counts, and not when it also continues a list of the answer's own (`1.`
    /// `2.` marking points), unless a blank line or a different mark (`．` for questions, `.` for the
    /// list) sets it apart.
    func acceptsItem(_ number: PaperItemNumber) -> Bool {
        guard let section = sections.last else { return true }
        if section.isNumberedByWord { return false }
        guard let style = section.style else { return true }
        let isNext = number.value == (section.lastNumber ?? 0) + 1
        guard style == number.style else {
            return isNext && current != nil && !(blockList.map { number.value == $0.value + 1 } ?? false)
        }
        guard inBlock else { return true }
        guard isNext else { return false }
        if let list = blockList, number.value == list.value + 1 {
            return previousWasBlank || (number.mark != list.mark && number.mark == section.mark)
        }
        return true
    }

    mutating func startItem(
        _ number: PaperItemNumber, _ text: PaperText, _ range: Range<Int>, wordLevel: Int?,
        _ collector: inout DiagnosticCollector
    ) {
        dropTentative(&collector)
        ensureSection(at: text.offset(at: range.lowerBound))
        let section = sections.count - 1
        let offset = text.offset(at: range.lowerBound)
        if sections[section].style == nil {
            sections[section].style = number.style
            sections[section].mark = number.mark
            if let wordLevel {
                sections[section].isNumberedByWord = true
                sections[section].wordLevel = wordLevel
            }
        } else if let last = sections[section].lastNumber, number.value != last + 1 {
            collector.report(.unexpectedItemNumber(number.value, expected: last + 1), at: offset)
        }
        sections[section].lastNumber = number.value
        let index = questions.count
        if sections[section].questionsByNumber[number.value] == nil {
            sections[section].questionsByNumber[number.value] = index
            sectionsByNumber[number.value, default: []].append(section)
        }
        var question = PaperQuestion(section: section, offset: offset)
        let stem = text.trimmed(min(number.textStart, range.upperBound)..<range.upperBound)
        question.appendStem(text.string(stem), offset: text.offset(at: stem.lowerBound))
        open(question)
    }

    /// Adds a question and makes it the one lines continue.
    mutating func open(_ question: PaperQuestion) {
        var question = question
        if question.id == nil {
            question.id = pendingID
            pendingID = nil
        }
        sections[question.section].unanswered += 1
        questions.append(question)
        current = questions.count - 1
        field = .stem
        blockList = nil
        sawStructure = true
    }

    /// Questions before any heading belong to a section without a type.
    mutating func ensureSection(at offset: Int) {
        if sections.isEmpty { sections.append(PaperSection(kind: .untyped, typeOffset: offset, points: nil)) }
    }

    /// Whether an option line belongs to a question here; in an answer or an explanation, `A．…`
    /// is text, and a bare letter (`A政务服务网`) needs a second option or an option line before it.
    func acceptsOptions(_ options: PaperOptions, optionsBefore: Bool) -> Bool {
        guard field != .explanation && field != .answer else { return false }
        let target: PaperQuestion
        if let tentative {
            target = tentative.question
        } else if let current {
            target = questions[current]
        } else {
            return false
        }
        guard options.isBare else { return true }
        let first = options.pieces[0].index
        return first == target.options.count && (options.pieces.count >= 2 || (optionsBefore && first > 0))
    }

    mutating func addOptions(_ options: PaperOptions, _ collector: inout DiagnosticCollector) {
        if tentative != nil { promoteTentative() }
        guard let current else { return }
        if let answer = questions[current].answer, !answer.value.isEmpty {
            collector.report(.optionsAfterAnswer, at: options.pieces[0].text.offset)
        }
        var reported = false
        for piece in options.pieces {
            let expected = questions[current].options.count
            if piece.index != expected && !reported {
                let found = OptionLetter.letter(for: piece.index)
                collector.report(
                    .optionOutOfOrder(found, expected: OptionLetter.letter(for: expected)), at: piece.text.offset)
                questions[current].hasReaderError = true
                reported = true
            }
            questions[current].options.append(piece.text)
        }
        field = .option
        previousWasOptions = true
    }

    mutating func applyLabel(
        _ label: PaperLabel, _ text: PaperText, _ range: Range<Int>, _ collector: inout DiagnosticCollector
    ) {
        let value = Located(value: text.string(label.content), offset: text.offset(at: label.content.lowerBound))
        if label.kind == .answer && tentative != nil { promoteTentative() }
        if label.kind == .id {
            if let current, questions[current].id == nil, tentative == nil {
                questions[current].id = value
                field = .none
            } else {
                if let earlier = pendingID {
                    collector.report(.ignoredText(Self.excerpt(earlier.value)), at: earlier.offset)
                }
                pendingID = value
            }
            return
        }
        guard let current else {
            ignore(text, range, &collector)
            return
        }
        switch label.kind {
        case .answer:
            applyAnswer(label, text, range, to: current, &collector)
        case .explanation:
            let explanation = questions[current].explanation
            questions[current].explanation = explanation.isEmpty ? value.value : explanation + "\n" + value.value
            field = .explanation
            blockList = nil
            if !label.content.isEmpty {
                noteListNumber(PaperItemNumber.parse(text, from: label.content.lowerBound), of: current)
            }
        case .difficulty, .category, .source, .points:
            setOnce(label.kind, value, on: current, text, range, &collector)
            field = .none
        case .id:
            return
        }
    }

    /// Sets a one-line field, reporting a second value rather than dropping it silently.
    private mutating func setOnce(
        _ kind: PaperLabel.Kind, _ value: Located<String>, on index: Int, _ text: PaperText, _ range: Range<Int>,
        _ collector: inout DiagnosticCollector
    ) {
        var question = questions[index]
        let isSet: Bool
        switch kind {
        case .difficulty:
            isSet = question.difficulty != nil
            if !isSet { question.difficulty = value }
        case .points:
            isSet = question.points != nil
            if !isSet { question.points = value }
        case .category:
            isSet = !question.category.isEmpty
            if !isSet { question.category = value.value }
        case .source:
            isSet = !question.source.isEmpty
            if !isSet { question.source = value.value }
        case .answer, .explanation, .id:
            return
        }
        questions[index] = question
        if isSet { ignore(text, range, &collector) }
    }

    /// Whether the question's answer is a reference text (short answer, essay) that may run over
    /// several lines and is kept whole, rather than letters, a mark or a fill-in answer.
    func takesReference(_ index: Int, answer: String) -> Bool {
        let question = questions[index]
        switch sections[question.section].kind {
        case .typed(.short), .typed(.essay): return true
        case .typed, .choice: return false
        case .untyped:
            return question.options.isEmpty && !PaperAnswerKey.looksObjective(answer)
                && PaperStem.blankCount(PaperStem.normalizingBlanks(question.stem)) == 0
        }
    }

    private mutating func applyAnswer(
        _ label: PaperLabel, _ text: PaperText, _ range: Range<Int>, to index: Int,
        _ collector: inout DiagnosticCollector
    ) {
        let content = text.string(label.content)
        if let existing = questions[index].answer, !existing.value.isEmpty {
            if takesReference(index, answer: existing.value) {
                questions[index].answer?.value += "\n" + text.string(range)
                field = .answer
            } else {
                collector.report(
                    .answerConflict(kept: existing.value, other: content), at: text.offset(at: label.content.lowerBound)
                )
                field = .none
            }
            return
        }
        let reference = takesReference(index, answer: content)
        var answer = label.content
        var explanation: Range<Int>?
        if !reference, let split = Self.explanationSplit(text, in: answer) {
            answer = split.answer
            explanation = split.explanation
        }
        if !reference {
            while answer.upperBound > answer.lowerBound,
                Self.trailingMarks.contains(PaperText.fold(text[answer.upperBound - 1]))
            {
                answer = answer.lowerBound..<(answer.upperBound - 1)
            }
            answer = text.trimmed(answer)
        }
        let value = text.string(answer)
        questions[index].answer = Located(value: value, offset: text.offset(at: answer.lowerBound))
        if !value.isEmpty { sections[questions[index].section].unanswered -= 1 }
        blockList = nil
        if !answer.isEmpty { noteListNumber(PaperItemNumber.parse(text, from: answer.lowerBound), of: index) }
        if let explanation {
            questions[index].explanation = text.string(explanation)
            field = .explanation
        } else {
            field = value.isEmpty || reference ? .answer : .none
        }
    }

    /// `。` `.` `；` `;` `，` `,` `、` after a one-line answer (`答案：B。`).
    private static let trailingMarks: Set<UInt32> = [0x3002, 0x2E, 0x3B, 0x2C, 0x3001]

    /// `答案：B。解析：…` or `【答案】B【解析】…`: where the answer ends and the explanation starts.
    static func explanationSplit(_ text: PaperText, in range: Range<Int>) -> (
        answer: Range<Int>, explanation: Range<Int>
    )? {
        var index = range.lowerBound
        while index + 2 < range.upperBound {
            if text.matches("解析", at: index) {
                var answerEnd = index
                if answerEnd - 2 >= range.lowerBound && text.matches("答案", at: answerEnd - 2) { answerEnd -= 2 }
                let bracketed = answerEnd > range.lowerBound && text[answerEnd - 1] == "【" && text[index + 2] == "】"
                if bracketed || text.folded(index + 2) == 0x3A {
                    if bracketed { answerEnd -= 1 }
                    let explanation = text.trimmed((index + 3)..<range.upperBound)
                    return (text.trimmed(range.lowerBound..<answerEnd), explanation)
                }
            }
            index += 1
        }
        return nil
    }

    /// A bare `参考答案` or `【答案】`: the label of the current question's answer on the next lines
    /// if it has none yet, else the heading of an answer key.
    mutating func beginKeyOrReference(at offset: Int, _ collector: inout DiagnosticCollector) {
        if let current, tentative == nil, (questions[current].answer?.value ?? "").isEmpty {
            questions[current].answer = Located(value: "", offset: offset)
            field = .answer
            pendingKeyLabel = current
        } else {
            enterKey(&collector)
        }
    }
}
