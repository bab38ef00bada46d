import ContestCore

/// The exam day as a value: every candidate's record, changed only by folding events.
///
/// `handle(_:at:)` decides a command against the exam's rules and the time passed in, and folds the
/// events it returns; the server journals those events before it acknowledges, and `replay` folds a
/// journal back into the same state. The candidates' papers are not stored: each is derived from the
/// exam when needed (`Exam.paper(for:)`), so a record costs only what the candidate did.
public struct ExamState: Sendable, Hashable {
    /// The longest text answer saved, in characters: an essay of 1,500 字 fits many times over.
    public static let maximumAnswerLength = 20_000

    public let exam: Exam
    /// Every record by admission number.
    public private(set) var records: [String: CandidateRecord]
    /// The paper's questions by id, to check saves without deriving a candidate's paper.
    let items: [String: WrittenPaper.Item]

    public init(exam: Exam) {
        self.exam = exam
        records = Dictionary(
            exam.candidates.map { ($0.candidate, CandidateRecord(candidate: $0, deadline: exam.deadline)) },
            uniquingKeysWith: { first, _ in first })
        items = Dictionary(exam.paper.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The state a journal's events rebuild, in their order.
    public static func replay(exam: Exam, events: [ExamEvent]) -> ExamState {
        var state = ExamState(exam: exam)
        for event in events { state.apply(event) }
        return state
    }

    /// The records in the roster's order.
    public var roster: [CandidateRecord] {
        exam.candidates.compactMap { records[$0.candidate] }
    }

    /// When the server's timer should next send `tick`: the earliest deadline of an open paper.
    public var nextDeadline: Micros? {
        records.values.filter(\.isOpen).map(\.deadline).min()
    }

    /// Folds one event in; events come from `handle` or a journal, so they are not checked again.
    public mutating func apply(_ event: ExamEvent) {
        guard var record = records[event.candidate] else { return }
        switch event {
        case .entered(_, let at):
            record.enteredAt = record.enteredAt ?? at
        case .answerSaved(_, let question, let answer, let at):
            let since = record.lastSaveAt ?? max(exam.start, record.enteredAt ?? exam.start)
            let spent = max(0, at - since)
            if var saved = record.answers[question] {
                (saved.answer, saved.savedAt, saved.saves, saved.time) = (
                    answer, at, saved.saves + 1, saved.time + spent
                )
                record.answers[question] = saved
            } else {
                record.answers[question] = CandidateRecord.SavedAnswer(
                    answer: answer, savedAt: at, firstSavedAt: at, saves: 1, time: spent)
            }
            record.lastSaveAt = at
        case .paperSubmitted(_, let at):
            record.submittedAt = at
        case .leftPage:
            record.leftPageCount += 1
        case .timeExtended(_, let minutes, let deadline, let reason, let proctor, let at):
            record.deadline = deadline
            record.actions.append(.init(kind: .extended(minutes: minutes), reason: reason, proctor: proctor, at: at))
        case .paperReopened(_, let deadline, let reason, let proctor, let at):
            (record.deadline, record.submittedAt, record.closedAt) = (deadline, nil, nil)
            record.actions.append(.init(kind: .reopened(deadline: deadline), reason: reason, proctor: proctor, at: at))
        case .admittedLate(_, let reason, let proctor, let at):
            record.admittedLate = true
            record.actions.append(.init(kind: .admittedLate, reason: reason, proctor: proctor, at: at))
        case .paperClosed(_, let at):
            // The tick comes a little after the deadline; the paper closed at the deadline.
            record.closedAt = min(at, record.deadline)
        }
        records[event.candidate] = record
    }
}
