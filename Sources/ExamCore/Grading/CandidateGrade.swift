import ContestCore

/// One candidate's objective result: the score by the key, each question's mark and time, and the answering time.
public struct CandidateGrade: Sendable, Hashable {
    /// One question of the candidate's paper, in the common paper's order so every candidate's line up.
    public struct Question: Sendable, Hashable {
        public var id: String
        /// The common paper's number.
        public var number: Int
        /// The number this candidate saw it under.
        public var shownNumber: Int
        public var mark: ObjectiveMark
        /// Estimated time spent on it (`CandidateRecord.SavedAnswer.time`); 0 when never saved.
        public var time: Micros
        public var saves: Int
    }

    public var candidate: ExamCandidate
    /// The objective questions' points; short answers and essays are added by the markers.
    public var objective: Points
    public var questions: [Question]
    public var status: CandidateRecord.Status
    /// Submission (or the close at the deadline) minus the exam's start: the tie-break by answering time.
    public var answeringTime: Micros?

    /// How many answers wait for the markers.
    public var toBeMarked: Int { questions.count { $0.mark.outcome == .toBeMarked } }
}
