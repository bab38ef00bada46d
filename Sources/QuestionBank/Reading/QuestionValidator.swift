import ContestCore

/// Turns one draft into a `Question`, reporting every rule it breaks rather than stopping at the first.
///
/// A question with any error is left out of the bank (the caller still sees every diagnostic);
/// warnings keep the question. The draft is passed to each step rather than stored, because storing
/// it would retain a dozen strings per question, which showed in the 100,000-question benchmark.
struct QuestionValidator {
    static func validate(_ draft: QuestionDraft, collector: inout DiagnosticCollector) -> Question? {
        var validator = QuestionValidator(failed: !draft.brokenFields.isEmpty || draft.hasReaderError)
        let question = validator.build(draft, &collector)
        return validator.failed ? nil : question
    }

    /// Whether an error was reported for this question, by the reader or by a step here.
    private var failed: Bool

    private mutating func report(
        _ draft: QuestionDraft, _ problem: Problem, at offset: Int?, _ collector: inout DiagnosticCollector
    ) {
        if problem.severity == .error { failed = true }
        collector.report(problem, at: offset ?? draft.offset)
    }

    /// Reports that a field is missing unless the reader already reported it as the wrong kind.
    private mutating func reportMissing(
        _ draft: QuestionDraft,
        _ problem: Problem, _ field: BankField, at offset: Int?, _ collector: inout DiagnosticCollector
    ) {
        if draft.brokenFields.contains(field) { return }
        report(draft, problem, at: offset, &collector)
    }

    private mutating func build(_ draft: QuestionDraft, _ collector: inout DiagnosticCollector) -> Question? {
        let id = draft.id.map { Spellings.trimmed($0.value) } ?? ""
        if id.isEmpty && draft.fallbackID == nil {
            reportMissing(draft, .missingID, .id, at: draft.id?.offset, &collector)
        }
        let type = readType(draft, &collector)
        let stem = draft.stem.map { Spellings.trimmed($0.value) } ?? ""
        if stem.isEmpty {
            reportMissing(draft, .missingStem, .stem, at: draft.stem?.offset, &collector)
        } else if type == .fill && !Self.hasBlank(stem) {
            report(draft, .fillWithoutBlank, at: draft.stem?.offset, &collector)
        }
        let difficulty = readDifficulty(draft, &collector)
        let points = readPoints(draft, &collector)
        guard let type else { return nil }
        let options = readOptions(draft, for: type, &collector)
        let answer = readAnswer(draft, for: type, optionCount: options.count, &collector)
        guard let answer else { return nil }
        return Question(
            id: id.isEmpty ? draft.fallbackID ?? "" : id, type: type, stem: stem, options: options, answer: answer,
            category: Spellings.trimmed(draft.category), difficulty: difficulty, points: points,
            explanation: Spellings.trimmed(draft.explanation), source: Spellings.trimmed(draft.source))
    }

    private mutating func readType(_ draft: QuestionDraft, _ collector: inout DiagnosticCollector) -> QuestionType? {
        let text = draft.type.map { Spellings.trimmed($0.value) } ?? ""
        guard !text.isEmpty else {
            reportMissing(draft, .missingType, .type, at: draft.type?.offset, &collector)
            return nil
        }
        guard let type = Spellings.questionType(text) else {
            report(draft, .unknownType(text), at: draft.type?.offset, &collector)
            return nil
        }
        return type
    }

    /// A fill-in stem marks its blank with parentheses holding only spaces, or with underscores.
    static func hasBlank(_ stem: String) -> Bool {
        var open = false
        var previous: UInt32 = 0
        for scalar in stem.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x5F, 0xFF3F: if previous == value { return true }
            case 0x28, 0xFF08: open = true
            case 0x29, 0xFF09: if open { return true }
            case 0x20, 0x3000: break
            default: open = false
            }
            previous = value
        }
        return false
    }

    private mutating func readDifficulty(_ draft: QuestionDraft, _ collector: inout DiagnosticCollector) -> Int {
        guard let located = draft.difficulty, !Spellings.trimmed(located.value).isEmpty else {
            if draft.reportsMissingDifficulty {
                reportMissing(draft, .missingDifficulty, .difficulty, at: draft.difficulty?.offset, &collector)
            }
            return 1
        }
        guard let value = Spellings.difficulty(located.value) else {
            report(draft, .badDifficulty(Spellings.trimmed(located.value)), at: located.offset, &collector)
            return 1
        }
        return value
    }

    private mutating func readPoints(_ draft: QuestionDraft, _ collector: inout DiagnosticCollector) -> Int? {
        guard let located = draft.points else { return nil }
        var text = Spellings.trimmed(located.value)
        guard !text.isEmpty else { return nil }
        if text.hasSuffix("分") { text.removeLast() }
        guard let value = Int(text), value > 0 else {
            report(draft, .badPoints(Spellings.trimmed(located.value)), at: located.offset, &collector)
            return nil
        }
        return value
    }

    private mutating func readOptions(
        _ draft: QuestionDraft, for type: QuestionType, _ collector: inout DiagnosticCollector
    ) -> [String] {
        let texts = draft.options.enumerated().map { Spellings.optionText($1.value, index: $0) }
        switch type {
        case .single, .multiple:
            if draft.brokenFields.contains(.options) {
                return texts
            } else if texts.count < 2 {
                report(draft, .tooFewOptions(texts.count), at: draft.optionsOffset, &collector)
            } else if texts.count > OptionLetter.maximumOptions {
                report(draft, .tooManyOptions(texts.count), at: draft.optionsOffset, &collector)
            }
            for (index, text) in texts.enumerated() {
                let letter = OptionLetter.letter(for: index)
                if text.isEmpty {
                    report(draft, .emptyOption(letter), at: draft.options[index].offset, &collector)
                } else if let first = texts[..<index].firstIndex(where: { ExactText($0) == ExactText(text) }) {
                    let sameAs = OptionLetter.letter(for: first)
                    report(draft, .duplicateOption(letter, sameAs: sameAs), at: draft.options[index].offset, &collector)
                }
            }
            return texts
        case .trueFalse, .fill, .short, .essay:
            if let first = texts.firstIndex(where: { !$0.isEmpty }) {
                report(draft, .optionsNotAllowed(type), at: draft.options[first].offset, &collector)
            }
            return []
        }
    }

    private mutating func readAnswer(
        _ draft: QuestionDraft,
        for type: QuestionType, optionCount: Int, _ collector: inout DiagnosticCollector
    ) -> Answer? {
        switch type {
        case .single, .multiple:
            return readChoices(draft, single: type == .single, optionCount: optionCount, &collector)
        case .trueFalse: return readTruth(draft, &collector)
        case .fill: return readAccepted(draft, &collector)
        case .short, .essay: return readReference(draft, &collector)
        }
    }

    private mutating func readChoices(
        _ draft: QuestionDraft,
        single: Bool, optionCount: Int, _ collector: inout DiagnosticCollector
    ) -> Answer? {
        guard let located = draft.answer else {
            reportMissing(draft, .missingAnswer, .answer, at: nil, &collector)
            return nil
        }
        guard case .text(let raw) = located.value else {
            report(draft, .wrongType(field: "answer", expected: .string), at: located.offset, &collector)
            return nil
        }
        let text = Spellings.trimmed(raw)
        guard let indices = Spellings.choiceIndices(text) else {
            report(draft, .badChoiceAnswer(text), at: located.offset, &collector)
            return nil
        }
        guard !indices.isEmpty else {
            report(draft, .missingAnswer, at: located.offset, &collector)
            return nil
        }
        var unique: [Int] = []
        for index in indices {
            if unique.contains(index) {
                report(draft, .repeatedAnswerLetter(OptionLetter.letter(for: index)), at: located.offset, &collector)
            } else {
                unique.append(index)
            }
            if index >= optionCount && optionCount >= 2 {
                let letter = OptionLetter.letter(for: index)
                report(draft, .answerNotInOptions(letter, optionCount: optionCount), at: located.offset, &collector)
            }
        }
        if single && unique.count > 1 {
            report(draft, .severalAnswersForSingle(text), at: located.offset, &collector)
        } else if !single && unique.count == 1 {
            report(draft, .oneAnswerForMultiple, at: located.offset, &collector)
        }
        return .choices(unique.sorted())
    }

    private mutating func readTruth(_ draft: QuestionDraft, _ collector: inout DiagnosticCollector) -> Answer? {
        guard let located = draft.answer else {
            reportMissing(draft, .missingAnswer, .answer, at: nil, &collector)
            return nil
        }
        switch located.value {
        case .truth(let value):
            return .truth(value)
        case .text(let raw):
            let text = Spellings.trimmed(raw)
            if text.isEmpty {
                report(draft, .missingAnswer, at: located.offset, &collector)
            } else if let value = Spellings.truth(text) {
                return .truth(value)
            } else {
                report(draft, .badTrueFalseAnswer(text), at: located.offset, &collector)
            }
            return nil
        case .list:
            report(draft, .wrongType(field: "answer", expected: .boolean), at: located.offset, &collector)
            return nil
        }
    }

    private mutating func readAccepted(_ draft: QuestionDraft, _ collector: inout DiagnosticCollector) -> Answer? {
        guard let located = draft.answer else {
            reportMissing(draft, .missingAnswer, .answer, at: nil, &collector)
            return nil
        }
        let items: [Located<String>]
        switch located.value {
        case .truth:
            report(draft, .wrongType(field: "answer", expected: .stringArray), at: located.offset, &collector)
            return nil
        case .text(let raw):
            guard !Spellings.trimmed(raw).isEmpty else {
                report(draft, .missingAnswer, at: located.offset, &collector)
                return nil
            }
            let texts = draft.splitsFillText ? Spellings.acceptedAnswers(raw) : [raw]
            items = texts.map { Located(value: $0, offset: located.offset) }
        case .list(let list):
            items = list
        }
        guard !items.isEmpty else {
            report(draft, .missingAnswer, at: located.offset, &collector)
            return nil
        }
        var accepted: [String] = []
        for item in items {
            let text = Spellings.trimmed(item.value)
            if text.isEmpty {
                report(draft, .emptyFillAnswer, at: item.offset, &collector)
            } else {
                if !draft.splitsFillText && Spellings.containsFillSeparator(text) {
                    report(draft, .fillAnswerHasSeparator(text), at: item.offset, &collector)
                }
                accepted.append(text)
            }
        }
        return .accepted(accepted)
    }

    private mutating func readReference(_ draft: QuestionDraft, _ collector: inout DiagnosticCollector) -> Answer? {
        guard let located = draft.answer else {
            reportMissing(draft, .missingReference, .answer, at: nil, &collector)
            return .reference("")
        }
        guard case .text(let raw) = located.value else {
            report(draft, .wrongType(field: "answer", expected: .string), at: located.offset, &collector)
            return nil
        }
        let text = Spellings.trimmed(raw)
        if text.isEmpty { report(draft, .missingReference, at: located.offset, &collector) }
        return .reference(text)
    }
}
