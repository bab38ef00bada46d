/// The objective grading of a whole exam: every candidate in roster order and every question's statistics.
public struct ExamGrades: Sendable, Hashable {
    public var candidates: [CandidateGrade]
    /// In the common paper's order.
    public var questions: [QuestionStatistics]
}
