/// Lines of plain text: the title, continuations of a field, and unnumbered questions.
extension PaperBankReader {
    /// A line of text: the title, a continuation of the current field, or a possible question.
    mutating func appendText(
        _ text: PaperText, _ range: Range<Int>, number: PaperItemNumber?, prefix: String,
        _ collector: inout DiagnosticCollector
    ) {
        let value = Located(value: prefix + text.string(range), offset: text.offset(at: range.lowerBound))
        if let pending = tentative {
            if pending.endsWithAnswer {
                promoteTentative()
                field = .none
                startTentative(value)
            } else {
                // In place: a copy would copy every line gathered so far, once per line.
                let endsWithAnswer = endsWithAnswer(value.value)
                tentative?.question.appendStem(value.value, offset: value.offset)
                tentative?.lines.append(value)
                tentative?.endsWithAnswer = endsWithAnswer
            }
            return
        }
        guard let current, field != .none else {
            if !sawStructure && title == nil {
                title = value.value
            } else {
                startTentative(value)
            }
            return
        }
        noteListNumber(number, of: current)
        switch field {
        case .stem:
            questions[current].appendStem(value.value, offset: value.offset)
        case .option:
            let last = questions[current].options.count - 1
            questions[current].options[last].value += "\n" + value.value
        case .answer:
            if let answer = questions[current].answer, !answer.value.isEmpty {
                questions[current].answer?.value += "\n" + value.value
            } else {
                questions[current].answer = value
                sections[questions[current].section].unanswered -= 1
                if !takesReference(current, answer: value.value) { field = .none }
            }
        case .explanation:
            let explanation = questions[current].explanation
            questions[current].explanation = explanation.isEmpty ? value.value : explanation + "\n" + value.value
        case .none:
            return
        }
    }

    private mutating func startTentative(_ value: Located<String>) {
        var question = PaperQuestion(section: max(sections.count - 1, 0), offset: value.offset)
        question.appendStem(value.value, offset: value.offset)
        tentative = Tentative(question: question, lines: [value], endsWithAnswer: endsWithAnswer(value.value))
    }

    /// Whether a line of an unnumbered question ends it, holding its answer in brackets.
    private func endsWithAnswer(_ line: String) -> Bool {
        switch sections.last?.kind {
        case .typed(.single), .typed(.multiple), .choice:
            PaperStem.bracketAnswer(line, letters: true, marks: false) != nil
        case .typed(.trueFalse), .untyped: PaperStem.bracketAnswer(line, letters: false, marks: true) != nil
        case .typed(.fill), .typed(.short), .typed(.essay), nil: false
        }
    }

    mutating func promoteTentative() {
        guard let pending = tentative else { return }
        tentative = nil
        ensureSection(at: pending.question.offset)
        var question = pending.question
        question.section = sections.count - 1
        open(question)
    }

    /// Lines that never became a question are reported, one warning each.
    mutating func dropTentative(_ collector: inout DiagnosticCollector) {
        guard let pending = tentative else { return }
        if pending.endsWithAnswer {
            promoteTentative()
            return
        }
        tentative = nil
        for line in pending.lines { collector.report(.ignoredText(Self.excerpt(line.value)), at: line.offset) }
    }

    func ignore(_ text: PaperText, _ range: Range<Int>, _ collector: inout DiagnosticCollector) {
        collector.report(.ignoredText(Self.excerpt(text.string(range))), at: text.offset(at: range.lowerBound))
    }

    /// Keeps count of a list inside the current field (`1.` `2.` of marking points), so that its
    /// next number is not taken for the next question.
    mutating func noteListNumber(_ number: PaperItemNumber?, of question: Int) {
        guard let number else { return }
        if number.value == 1 {
            blockList = (1, number.mark)
        } else if let list = blockList, number.value == list.value + 1 {
            blockList = (number.value, number.mark)
        }
    }
}
