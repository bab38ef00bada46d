import ContestCore
import ExamCore

/// The deadlines of the open papers, counted, so the earliest is known without scanning 10,000 records.
///
/// Most candidates share the exam's deadline, so this holds a handful of keys however large the
/// hall; the hub moves a count at each event that opens, closes or moves a paper.
struct OpenDeadlines: Sendable {
    private var counts: [Micros: Int] = [:]

    init(_ state: ExamState) {
        for record in state.records.values where record.isOpen { add(record.deadline) }
    }

    var earliest: Micros? { counts.keys.min() }

    mutating func add(_ deadline: Micros) { counts[deadline, default: 0] += 1 }

    mutating func remove(_ deadline: Micros) {
        guard let count = counts[deadline] else { return }
        counts[deadline] = count > 1 ? count - 1 : nil
    }

    /// Moves the count for one event, already folded into `record` (the candidate's record after it).
    mutating func update(for event: ExamEvent, record: CandidateRecord) {
        switch event {
        case .entered:
            if record.isOpen { add(record.deadline) }
        case .paperSubmitted, .paperClosed:
            remove(record.deadline)
        case .timeExtended(_, let minutes, let deadline, _, _, _):
            guard record.isOpen else { return }
            remove(deadline - Time.seconds(minutes * 60))
            add(deadline)
        case .paperReopened(_, let deadline, _, _, _):
            add(deadline)
        case .answerSaved, .leftPage, .admittedLate:
            break
        }
    }
}
