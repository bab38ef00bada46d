import ContestCore

/// One question as the paper reader gathers it line by line, before it becomes a `QuestionDraft`.
///
/// The answer can arrive late (a key at the end of the paper), so questions are kept in this form
/// until the whole paper is read; only then is the type inferred, an answer taken out of the stem's
/// brackets if there is no other, and the draft handed to the validator.
struct PaperQuestion {
    var section: Int
    /// Where the question's first line starts, for problems with the question as a whole.
    var offset: Int
    var stem = ""
    /// Where each line of the stem starts: its UTF-8 offset in `stem` and its byte offset in the text.
    var stemLines: [(utf8: Int, offset: Int)] = []
    var options: [Located<String>] = []
    /// From an answer line, possibly continued on the following lines.
    var answer: Located<String>?
    /// From an answer key.
    var keyAnswer: Located<String>?
    var explanation = ""
    var category = ""
    var source = ""
    var difficulty: Located<String>?
    var points: Located<String>?
    var id: Located<String>?
    /// The reader reported an error that makes the question unusable (options out of order).
    var hasReaderError = false

    init(section: Int, offset: Int) {
        self.section = section
        self.offset = offset
    }

    var stemOffset: Int { stemLines.first?.offset ?? offset }

    /// Adds a line to the stem, on a new line of its own unless the stem is still empty.
    mutating func appendStem(_ text: String, offset: Int) {
        guard !text.isEmpty else { return }
        if !stem.isEmpty { stem += "\n" }
        stemLines.append((stem.utf8.count, offset))
        stem += text
    }

    /// The byte offset in the text of a UTF-8 offset in `stem`.
    func textOffset(ofStemUTF8 position: Int) -> Int {
        guard let line = stemLines.last(where: { $0.utf8 <= position }) else { return stemOffset }
        return line.offset + position - line.utf8
    }

    /// The answer to use: an answer line's unless it is empty, else the key's.
    var givenAnswer: Located<String>? {
        if let answer, !Spellings.trimmed(answer.value).isEmpty { return answer }
        return keyAnswer
    }

    /// The type a section without one gives this question, judged from its answer and options.
    func inferredType(kind: PaperSectionKind, answer: String?) -> QuestionType {
        let letters = answer.flatMap(Spellings.choiceIndices).map(\.count) ?? 0
        if case .choice = kind { return letters > 1 ? .multiple : .single }
        if !options.isEmpty { return letters > 1 ? .multiple : .single }
        if let answer, Spellings.truth(answer) != nil { return .trueFalse }
        return PaperStem.blankCount(PaperStem.normalizingBlanks(stem)) > 0 ? .fill : .short
    }

    /// The draft for the validator, reporting what the paper reader guessed on the way.
    func draft(
        in section: PaperSection, id fallbackID: (QuestionType) -> String, reportsMissingDifficulty: Bool,
        _ collector: inout DiagnosticCollector
    ) -> QuestionDraft {
        var draft = QuestionDraft(offset: offset)
        var answer = givenAnswer
        if let line = self.answer, let key = keyAnswer, !Spellings.trimmed(line.value).isEmpty,
            !Self.sameAnswer(line.value, key.value)
        {
            collector.report(.answerConflict(kept: Spellings.trimmed(line.value), other: key.value), at: key.offset)
        }
        var stem = Spellings.trimmed(self.stem)
        if answer == nil, let (letters, marks) = bracketAnswerKinds(section.kind),
            let found = PaperStem.bracketAnswer(stem, letters: letters, marks: marks)
        {
            stem = found.stem
            answer = Located(value: found.answer, offset: textOffset(ofStemUTF8: found.utf8Offset))
        }
        let type: QuestionType
        switch section.kind {
        case .typed(let given):
            type = given
            draft.type = Located(value: given.rawValue, offset: section.typeOffset)
        case .choice, .untyped:
            type = inferredType(kind: section.kind, answer: answer.map { Spellings.trimmed($0.value) })
            draft.type = Located(value: type.rawValue, offset: offset)
            if section.kind == .untyped { collector.report(.typeInferred(type), at: offset) }
        }
        switch type {
        case .single, .multiple, .trueFalse, .fill: stem = PaperStem.normalizingBlanks(stem)
        case .short, .essay: break
        }
        draft.stem = Located(value: stem, offset: stemOffset)
        if let answer {
            if type == .fill {
                let fill = PaperFillAnswer.read(answer.value, blanks: PaperStem.blankCount(stem))
                let blanks = PaperStem.blankCount(stem)
                if blanks >= 2 && fill.answeredBlanks != blanks {
                    collector.report(.fillBlankCount(blanks: blanks, answers: fill.answeredBlanks), at: answer.offset)
                }
                if let count = fill.limitedFrom { collector.report(.tooManyFillCombinations(count), at: answer.offset) }
                let accepted = fill.accepted.map { Located(value: $0, offset: answer.offset) }
                draft.answer = Located(value: .list(accepted), offset: answer.offset)
            } else {
                draft.answer = Located(value: .text(answer.value), offset: answer.offset)
            }
        }
        draft.options = options
        draft.optionsOffset = options.first?.offset ?? offset
        draft.id = id
        draft.fallbackID = fallbackID(type)
        draft.category = category
        draft.difficulty = difficulty
        draft.reportsMissingDifficulty = reportsMissingDifficulty
        draft.points = points ?? section.points
        draft.explanation = explanation
        draft.source = source
        draft.hasReaderError = hasReaderError
        return draft
    }

    /// Whether an answer in the stem's brackets may be letters (`（B）`) or a true/false mark
    /// (`（ √ ）`) in a section of this kind; nil where brackets hold no answers.
    private func bracketAnswerKinds(_ kind: PaperSectionKind) -> (letters: Bool, marks: Bool)? {
        switch kind {
        case .typed(.single), .typed(.multiple), .choice: (true, false)
        case .typed(.trueFalse): (false, true)
        case .untyped: (!options.isEmpty, options.isEmpty)
        case .typed(.fill), .typed(.short), .typed(.essay): nil
        }
    }

    /// Whether two answers are the same once spelled alike (`A,B` and `AB`, `√` and `对`).
    static func sameAnswer(_ lhs: String, _ rhs: String) -> Bool {
        let (left, right) = (Spellings.trimmed(lhs), Spellings.trimmed(rhs))
        if let a = Spellings.choiceIndices(left), let b = Spellings.choiceIndices(right), !a.isEmpty {
            return Set(a) == Set(b)
        }
        if let a = Spellings.truth(left), let b = Spellings.truth(right) { return a == b }
        return left == right
    }
}
