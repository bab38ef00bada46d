import ContestCore

/// Validates each draft as a reader produces it, plus the rules across questions: unique ids and
/// no repeated stems.
///
/// Readers hand drafts over one at a time instead of collecting them, so a 100,000-question bank
/// never holds a second copy of every question. Duplicates point at the later question and name
/// where the first is, so the organiser can open both.
struct BankValidator {
    private(set) var questions: [Question] = []
    /// Drafts seen so far, valid or not.
    private(set) var draftCount = 0
    private var firstOffsetByID: [ExactText: Int] = [:]
    private var firstOffsetByStem: [ExactText: Int] = [:]

    init(expectedCount: Int) {
        questions.reserveCapacity(expectedCount)
        firstOffsetByID.reserveCapacity(expectedCount)
        firstOffsetByStem.reserveCapacity(expectedCount)
    }

    mutating func add(_ draft: QuestionDraft, collector: inout DiagnosticCollector) {
        draftCount += 1
        let question = QuestionValidator.validate(draft, collector: &collector)
        var isDuplicate = false
        let id = question?.id ?? draft.id.map { Spellings.trimmed($0.value) } ?? ""
        if !id.isEmpty && draft.id != nil {
            let offset = draft.id?.offset ?? draft.offset
            if let first = firstOffsetByID[ExactText(id)] {
                collector.report(.duplicateID(id, first: collector.source.location(at: first)), at: offset)
                isDuplicate = true
            } else {
                firstOffsetByID[ExactText(id)] = offset
            }
        }
        let stem = question?.stem ?? draft.stem.map { Spellings.trimmed($0.value) } ?? ""
        if !stem.isEmpty {
            let offset = draft.stem?.offset ?? draft.offset
            if let first = firstOffsetByStem[ExactText(stem)] {
                collector.report(.duplicateStem(first: collector.source.location(at: first)), at: offset)
            } else {
                firstOffsetByStem[ExactText(stem)] = offset
            }
        }
        if let question, !isDuplicate { questions.append(question) }
        collector.draftRecords?.append(DraftRecord(offset: draft.offset, question: isDuplicate ? nil : question))
    }
}
