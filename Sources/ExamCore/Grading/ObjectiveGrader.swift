import ContestCore

/// Grades one saved answer of the exam against the paper's key, under the exam file's marking rules.
///
/// Choices arrive as the candidate saw the options and are mapped back through their paper first.
/// Single choice and true/false score all or nothing; multiple choice all or nothing, or under
/// `partial` rules `partialShare` of the points for a non-empty proper subset of the right options
/// with no wrong one (rounded to hundredths); fill-in by `FillInKey` over the paper's spellings and
/// the file's synonyms. An answer of the wrong kind (text for a choice question) is wrong: the day's
/// reducer refuses to save one, so it can only come from a changed paper.
public enum ObjectiveGrader {
    public static func grade(
        _ answer: Submission?, for question: CandidatePaper.Question, rules: MarkingRules
    ) -> ObjectiveMark {
        let item = question.item
        let full = ObjectiveMark(.right, points: item.points)
        guard let answer, !isBlank(answer) else { return ObjectiveMark(.unanswered) }
        switch (item.type, answer, item.answer.answer) {
        case (.single, .choices(let shown), .choices(let key)):
            return question.original(shown) == key ? full : ObjectiveMark(.wrong)
        case (.multiple, .choices(let shown), .choices(let key)):
            guard let picked = question.original(shown).map({ Array(Set($0)).sorted() }) else {
                return ObjectiveMark(.wrong)
            }
            if picked == key { return full }
            let isPartial = rules.multiSelect == .partial && picked.count < key.count && Set(picked).isSubset(of: key)
            guard isPartial else { return ObjectiveMark(.wrong) }
            let share = (Double(item.points.hundredths) * rules.partialShare).rounded(.toNearestOrAwayFromZero)
            return ObjectiveMark(.partial, points: Points(hundredths: Int(share)))
        case (.trueFalse, .truth(let value), .truth(let key)):
            return value == key ? full : ObjectiveMark(.wrong)
        case (.fill, .text(let text), .accepted(let spellings)):
            let key = FillInKey(accepted: spellings + (rules.synonyms[item.id] ?? []))
            return key.accepts(text) ? full : ObjectiveMark(.wrong)
        case (.short, .text, _), (.essay, .text, _):
            return ObjectiveMark(.toBeMarked)
        default:
            return ObjectiveMark(.wrong)
        }
    }

    /// Nothing picked or nothing but white space typed: the same as no answer.
    public static func isBlank(_ answer: Submission) -> Bool {
        switch answer {
        case .choices(let picked): picked.isEmpty
        case .truth: false
        case .text(let text): text.allSatisfy(\.isWhitespace)
        }
    }
}
