/// A ruling on one answer.
public enum Verdict: String, Sendable, Hashable {
    case correct
    case wrong
}

/// Who ruled: the record must show whether a person or the machine decided.
public enum Ruler: Sendable, Hashable {
    case host
    case judge(Int)
    /// Graded on the spot against the answer key.
    case automatic
    /// The answer window ran out.
    case overtime
}
