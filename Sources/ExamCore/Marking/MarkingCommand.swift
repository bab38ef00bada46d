import ContestCore

/// What the marking side asks of the book: the grading step adds answers, markers mark them.
///
/// The shell has already turned a marker's token into their number; the time comes beside the
/// command in `MarkingBook.handle(_:at:)`.
public enum MarkingCommand: Sendable, Hashable {
    /// Submitted subjective answers to mark, each (candidate, question) once.
    case addScripts([SubjectiveAnswer])
    /// A marker's mark for a script assigned to them, from 0 to the question's points in steps of 0.5.
    case mark(marker: Int, script: Int, points: Points, note: String)
}
