import ContestCore

/// Turns one draft into a `Question`, reporting every rule it breaks rather than stopping at the first.
///
/// A question with any error is left out of the bank (the caller still sees every diagnostic);
/// warnings keep the question.
struct QuestionValidator {
    static func validate(_ draft: QuestionDraft, collector: inout DiagnosticCollector) -> Question? {
        var validator = QuestionValidator(draft: draft)
        let question = validator.build(collector: &collector)
        return validator.failed ? nil : question
    }

    private let draft: QuestionDraft
    private var failed = false

    private init(draft: QuestionDraft) {
        self.draft = draft
        failed = !draft.brokenFields.isEmpty || draft.hasReaderError
    }

    private mutating func report(_ problem: Problem, at offset: Int?, _ collector: inout DiagnosticCollector) {
        if problem.severity == .error { failed = true }
        collector.report(problem, at: offset ?? draft.offset)
    }

    /// Reports that a field is missing unless the reader already reported it as the wrong kind.
    private mutating func reportMissing(
        _ problem: Problem, _ field: BankField, at offset: Int?, _ collector: inout DiagnosticCollector
    ) {
        if draft.brokenFields.contains(field) { return }
        report(problem, at: offset, &collector)
    }

    private mutating func build(collector: inout DiagnosticCollector) -> Question? {
        let id = draft.id.map { Spellings.trimmed($0.value) } ?? ""
        if id.isEmpty && draft.fallbackID == nil { reportMissing(.missingID, .id, at: draft.id?.offset, &collector) }
        let type = readType(&collector)
        let stem = draft.stem.map { Spellings.trimmed($0.value) } ?? ""
        if stem.isEmpty {
            reportMissing(.missingStem, .stem, at: draft.stem?.offset, &collector)
        } else if type == .fill && !Self.hasBlank(stem) {
            report(.fillWithoutBlank, at: draft.stem?.offset, &collector)
        }
        let difficulty = readDifficulty(&collector)
        let points = readPoints(&collector)
        guard let type else { return nil }
        let options = readOptions(for: type, &collector)
        let answer = readAnswer(for: type, optionCount: options.count, &collector)
        guard let answer else { return nil }
        return Question(
            id: id.isEmpty ? draft.fallbackID ?? "" : id, type: type, stem: stem, options: options, answer: answer,
            category: Spellings.trimmed(draft.category), difficulty: difficulty, points: points,
            explanation: Spellings.trimmed(draft.explanation), source: Spellings.trimmed(draft.source))
    }

    private mutating func readType(_ collector: inout DiagnosticCollector) -> QuestionType? {
        let text = draft.type.map { Spellings.trimmed($0.value) } ?? ""
        guard !text.isEmpty else {
            reportMissing(.missingType, .type, at: draft.type?.offset, &collector)
            return nil
        }
        guard let type = Spellings.questionType(text) else {
            report(.unknownType(text), at: draft.type?.offset, &collector)
            return nil
        }
        return type
    }

    /// A fill-in stem marks its blank with parentheses holding only spaces, or with underscores.
    static func hasBlank(_ stem: String) -> Bool {
        if stem.contains("__") || stem.contains("＿＿") { return true }
        var open = false
        for character in stem {
            switch character {
            case "（", "(": open = true
            case "）", ")": if open { return true }
            case " ", "\u{3000}": continue
            default: open = false
            }
        }
        return false
    }

    private mutating func readDifficulty(_ collector: inout DiagnosticCollector) -> Int {
        guard let located = draft.difficulty, !Spellings.trimmed(located.value).isEmpty else {
            if draft.reportsMissingDifficulty {
                reportMissing(.missingDifficulty, .difficulty, at: draft.difficulty?.offset, &collector)
            }
            return 1
        }
        guard let value = Spellings.difficulty(located.value) else {
            report(.badDifficulty(Spellings.trimmed(located.value)), at: located.offset, &collector)
            return 1
        }
        return value
    }

    private mutating func readPoints(_ collector: inout DiagnosticCollector) -> Int? {
        guard let located = draft.points else { return nil }
        var text = Spellings.trimmed(located.value)
        guard !text.isEmpty else { return nil }
        if text.hasSuffix("分") { text.removeLast() }
        guard let value = Int(text), value > 0 else {
            report(.badPoints(Spellings.trimmed(located.value)), at: located.offset, &collector)
            return nil
        }
        return value
    }

    private mutating func readOptions(for type: QuestionType, _ collector: inout DiagnosticCollector) -> [String] {
        let texts = draft.options.map { Spellings.trimmed($0.value) }
        switch type {
        case .single, .multiple:
            if draft.brokenFields.contains(.options) {
                return texts
            } else if texts.count < 2 {
                report(.tooFewOptions(texts.count), at: draft.optionsOffset, &collector)
            } else if texts.count > OptionLetter.maximumOptions {
                report(.tooManyOptions(texts.count), at: draft.optionsOffset, &collector)
            }
            var seen: [String: Int] = [:]
            for (index, text) in texts.enumerated() {
                let letter = OptionLetter.letter(for: index)
                if text.isEmpty {
                    report(.emptyOption(letter), at: draft.options[index].offset, &collector)
                } else if let first = seen[text] {
                    let sameAs = OptionLetter.letter(for: first)
                    report(.duplicateOption(letter, sameAs: sameAs), at: draft.options[index].offset, &collector)
                } else {
                    seen[text] = index
                }
            }
            return texts
        case .trueFalse, .fill, .short, .essay:
            if let first = texts.firstIndex(where: { !$0.isEmpty }) {
                report(.optionsNotAllowed(type), at: draft.options[first].offset, &collector)
            }
            return []
        }
    }

    private mutating func readAnswer(
        for type: QuestionType, optionCount: Int, _ collector: inout DiagnosticCollector
    ) -> Answer? {
        switch type {
        case .single, .multiple: return readChoices(single: type == .single, optionCount: optionCount, &collector)
        case .trueFalse: return readTruth(&collector)
        case .fill: return readAccepted(&collector)
        case .short, .essay: return readReference(&collector)
        }
    }

    private mutating func readChoices(
        single: Bool, optionCount: Int, _ collector: inout DiagnosticCollector
    ) -> Answer? {
        guard let located = draft.answer else {
            reportMissing(.missingAnswer, .answer, at: nil, &collector)
            return nil
        }
        guard case .text(let raw) = located.value else {
            report(.wrongType(field: "answer", expected: .string), at: located.offset, &collector)
            return nil
        }
        let text = Spellings.trimmed(raw)
        guard let indices = Spellings.choiceIndices(text) else {
            report(.badChoiceAnswer(text), at: located.offset, &collector)
            return nil
        }
        guard !indices.isEmpty else {
            report(.missingAnswer, at: located.offset, &collector)
            return nil
        }
        var unique: [Int] = []
        for index in indices {
            if unique.contains(index) {
                report(.repeatedAnswerLetter(OptionLetter.letter(for: index)), at: located.offset, &collector)
            } else {
                unique.append(index)
            }
            if index >= optionCount && optionCount >= 2 {
                let letter = OptionLetter.letter(for: index)
                report(.answerNotInOptions(letter, optionCount: optionCount), at: located.offset, &collector)
            }
        }
        if single && unique.count > 1 {
            report(.severalAnswersForSingle(text), at: located.offset, &collector)
        } else if !single && unique.count == 1 {
            report(.oneAnswerForMultiple, at: located.offset, &collector)
        }
        return .choices(unique.sorted())
    }

    private mutating func readTruth(_ collector: inout DiagnosticCollector) -> Answer? {
        guard let located = draft.answer else {
            reportMissing(.missingAnswer, .answer, at: nil, &collector)
            return nil
        }
        switch located.value {
        case .truth(let value):
            return .truth(value)
        case .text(let raw):
            let text = Spellings.trimmed(raw)
            if text.isEmpty {
                report(.missingAnswer, at: located.offset, &collector)
            } else if let value = Spellings.truth(text) {
                return .truth(value)
            } else {
                report(.badTrueFalseAnswer(text), at: located.offset, &collector)
            }
            return nil
        case .list:
            report(.wrongType(field: "answer", expected: .boolean), at: located.offset, &collector)
            return nil
        }
    }

    private mutating func readAccepted(_ collector: inout DiagnosticCollector) -> Answer? {
        guard let located = draft.answer else {
            reportMissing(.missingAnswer, .answer, at: nil, &collector)
            return nil
        }
        let items: [Located<String>]
        switch located.value {
        case .truth:
            report(.wrongType(field: "answer", expected: .stringArray), at: located.offset, &collector)
            return nil
        case .text(let raw):
            guard !Spellings.trimmed(raw).isEmpty else {
                report(.missingAnswer, at: located.offset, &collector)
                return nil
            }
            let texts = draft.splitsFillText ? Spellings.acceptedAnswers(raw) : [raw]
            items = texts.map { Located(value: $0, offset: located.offset) }
        case .list(let list):
            items = list
        }
        guard !items.isEmpty else {
            report(.missingAnswer, at: located.offset, &collector)
            return nil
        }
        var accepted: [String] = []
        for item in items {
            let text = Spellings.trimmed(item.value)
            if text.isEmpty {
                report(.emptyFillAnswer, at: item.offset, &collector)
            } else {
                if !draft.splitsFillText && Spellings.containsFillSeparator(text) {
                    report(.fillAnswerHasSeparator(text), at: item.offset, &collector)
                }
                accepted.append(text)
            }
        }
        return .accepted(accepted)
    }

    private mutating func readReference(_ collector: inout DiagnosticCollector) -> Answer? {
        guard let located = draft.answer else {
            reportMissing(.missingReference, .answer, at: nil, &collector)
            return .reference("")
        }
        guard case .text(let raw) = located.value else {
            report(.wrongType(field: "answer", expected: .string), at: located.offset, &collector)
            return nil
        }
        let text = Spellings.trimmed(raw)
        if text.isEmpty { report(.missingReference, at: located.offset, &collector) }
        return .reference(text)
    }
}
