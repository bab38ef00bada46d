import ContestCore

/// What someone asks of the exam: a candidate from their page, a proctor from theirs, or the server's timer.
///
/// The server authenticates the token and fills in whose command it is; the reducer checks only what
/// the exam's rules and clock allow. Choices are option positions as the candidate saw them (A = 0).
public enum ExamCommand: Sendable, Hashable {
    /// Logging in, also again after a reload or on another machine; allowed before the start to read
    /// the instructions, refused after the late-entry limit unless a proctor admitted the candidate.
    case enter(candidate: String)
    case saveAnswer(candidate: String, question: String, answer: Submission)
    case submit(candidate: String)
    /// The page lost focus or was hidden: counted and shown to proctors, nothing more.
    case leftPage(candidate: String)
    /// More time for one candidate's open paper, by a proctor, with a written reason.
    case extend(candidate: String, minutes: Int, reason: String, by: Int)
    /// A submitted or closed paper opened again for `minutes` from now, with a written reason.
    case reopen(candidate: String, minutes: Int, reason: String, by: Int)
    /// Lets a candidate log in for the first time after the late-entry limit.
    case admitLate(candidate: String, reason: String, by: Int)
    /// The server's timer: closes every open paper whose deadline has passed.
    case tick
}
