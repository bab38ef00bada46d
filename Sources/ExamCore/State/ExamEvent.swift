import ContestCore

/// Something that happened on the exam day, in the past tense, with its time: the journal's record.
///
/// Replaying the events in order onto a fresh `ExamState` of the same exam rebuilds it exactly, so each
/// carries what the fold needs (the new deadline, not only the minutes). Choices are as the candidate
/// saw the options; grading maps them back through the candidate's paper.
public enum ExamEvent: Sendable, Hashable {
    case entered(candidate: String, at: Micros)
    case answerSaved(candidate: String, question: String, answer: Submission, at: Micros)
    case paperSubmitted(candidate: String, at: Micros)
    case leftPage(candidate: String, at: Micros)
    case timeExtended(candidate: String, minutes: Int, deadline: Micros, reason: String, by: Int, at: Micros)
    case paperReopened(candidate: String, deadline: Micros, reason: String, by: Int, at: Micros)
    case admittedLate(candidate: String, reason: String, by: Int, at: Micros)
    case paperClosed(candidate: String, at: Micros)

    /// Whose record the event changes.
    public var candidate: String {
        switch self {
        case .entered(let candidate, _), .answerSaved(let candidate, _, _, _), .paperSubmitted(let candidate, _),
            .leftPage(let candidate, _), .timeExtended(let candidate, _, _, _, _, _),
            .paperReopened(let candidate, _, _, _, _), .admittedLate(let candidate, _, _, _),
            .paperClosed(let candidate, _):
            candidate
        }
    }

    public var at: Micros {
        switch self {
        case .entered(_, let at), .answerSaved(_, _, _, let at), .paperSubmitted(_, let at), .leftPage(_, let at),
            .timeExtended(_, _, _, _, _, let at), .paperReopened(_, _, _, _, let at), .admittedLate(_, _, _, let at),
            .paperClosed(_, let at):
            at
        }
    }

    /// The case's name, its `type` in the journal.
    public var typeName: String {
        switch self {
        case .entered: "entered"
        case .answerSaved: "answerSaved"
        case .paperSubmitted: "paperSubmitted"
        case .leftPage: "leftPage"
        case .timeExtended: "timeExtended"
        case .paperReopened: "paperReopened"
        case .admittedLate: "admittedLate"
        case .paperClosed: "paperClosed"
        }
    }
}
