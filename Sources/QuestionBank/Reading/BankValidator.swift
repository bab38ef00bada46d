import ContestCore

/// Validates every draft of a file and the rules across questions: unique ids, no repeated stems.
///
/// Duplicates point at the later question and name the line of the first, so the organiser can
/// open both.
enum BankValidator {
    static func validate(_ drafts: [QuestionDraft], collector: inout DiagnosticCollector) -> [Question] {
        var questions: [Question] = []
        questions.reserveCapacity(drafts.count)
        var firstOffsetByID: [String: Int] = [:]
        var firstOffsetByStem: [String: Int] = [:]
        firstOffsetByID.reserveCapacity(drafts.count)
        firstOffsetByStem.reserveCapacity(drafts.count)
        for draft in drafts {
            let question = QuestionValidator.validate(draft, collector: &collector)
            var isDuplicate = false
            let id = draft.id.map { Spellings.trimmed($0.value) } ?? ""
            if !id.isEmpty {
                if let first = firstOffsetByID[id] {
                    let firstLine = collector.source.position(at: first).line
                    collector.report(.duplicateID(id, firstLine: firstLine), at: draft.id?.offset ?? draft.offset)
                    isDuplicate = true
                } else {
                    firstOffsetByID[id] = draft.id?.offset ?? draft.offset
                }
            }
            let stem = draft.stem.map { Spellings.trimmed($0.value) } ?? ""
            if !stem.isEmpty {
                if let first = firstOffsetByStem[stem] {
                    let firstLine = collector.source.position(at: first).line
                    collector.report(.duplicateStem(firstLine: firstLine), at: draft.stem?.offset ?? draft.offset)
                } else {
                    firstOffsetByStem[stem] = draft.stem?.offset ?? draft.offset
                }
            }
            if let question, !isDuplicate { questions.append(question) }
        }
        return questions
    }
}
