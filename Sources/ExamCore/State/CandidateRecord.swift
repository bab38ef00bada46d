import ContestCore

/// Everything the exam day recorded for one candidate: entry, answers with their times, the end, proctors' acts.
public struct CandidateRecord: Sendable, Hashable {
    /// A question's last saved answer (last write wins) and what the saves before it tell about time spent.
    public struct SavedAnswer: Sendable, Hashable {
        public var answer: Submission
        public var savedAt: Micros
        public var firstSavedAt: Micros
        public var saves: Int
        /// The time before each save of this question since the candidate's previous save (or their
        /// start), summed: an estimate of the time the question took, for the statistics.
        public var time: Micros
    }

    /// What a proctor did for this candidate, with the written reason, for the record.
    public struct ProctorAction: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case extended(minutes: Int)
            case reopened(deadline: Micros)
            case admittedLate
        }

        public var kind: Kind
        public var reason: String
        public var proctor: Int
        public var at: Micros
    }

    /// Where the candidate is in the exam, as the proctors' list shows it.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case absent
        case answering
        case submitted
        case closed
    }

    public var candidate: ExamCandidate
    public var enteredAt: Micros?
    public var answers: [String: SavedAnswer] = [:]
    public var lastSaveAt: Micros?
    public var submittedAt: Micros?
    /// The deadline the timer closed the paper at (never the later moment the tick came).
    public var closedAt: Micros?
    /// The personal deadline: the exam's, moved by extensions and reopenings.
    public var deadline: Micros
    public var leftPageCount = 0
    public var admittedLate = false
    public var actions: [ProctorAction] = []

    public init(candidate: ExamCandidate, deadline: Micros) {
        (self.candidate, self.deadline) = (candidate, deadline)
    }

    /// Questions with a saved answer that is not blank, as the proctors' list counts them.
    public var answeredCount: Int { answers.values.count { !ObjectiveGrader.isBlank($0.answer) } }

    /// Entered and neither submitted nor closed.
    public var isOpen: Bool { enteredAt != nil && submittedAt == nil && closedAt == nil }

    public var status: Status {
        if submittedAt != nil { return .submitted }
        if closedAt != nil { return .closed }
        return enteredAt == nil ? .absent : .answering
    }

    /// When the candidate stopped: the submission, or the personal deadline for a paper closed by the timer.
    public var finishedAt: Micros? { submittedAt ?? closedAt }
}
