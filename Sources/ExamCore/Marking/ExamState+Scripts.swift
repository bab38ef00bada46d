import ContestCore

extension ExamState {
    /// A finished paper's short answers and essays as the markers get them, so the exam day feeds the marking book.
    ///
    /// Only once the paper is submitted or closed, and only answers the key left to the markers (text in
    /// them: a blank one scores 0 by the key and needs no marker); `max` is the question's points on the
    /// common paper. Empty for an unknown, absent or still open candidate.
    public func scriptsToMark(_ candidate: String) -> [SubjectiveAnswer] {
        guard let record = records[candidate], record.finishedAt != nil else { return [] }
        return grade(record).questions.compactMap { question in
            guard question.mark.outcome == .toBeMarked, case .text(let text)? = record.answers[question.id]?.answer,
                let item = items[question.id]
            else { return nil }
            return SubjectiveAnswer(candidate: candidate, question: question.id, text: text, max: item.points)
        }
    }

    /// Every finished paper's answers for the markers, in the roster's order.
    public var scriptsToMark: [SubjectiveAnswer] { roster.flatMap { scriptsToMark($0.candidate.candidate) } }
}
