import ContestCore

/// Something that happened in the marking, in the past tense: the journal keeps these, replay folds them.
///
/// Each carries the assignment it made, so a changed assignment rule can never rewrite who marked what.
/// Encoded as a tagged object named like the case (`{"type": "markGiven", "marker": 3, …}`).
public enum MarkingEvent: Sendable, Hashable {
    case scriptAdded(script: Int, candidate: String, question: String, text: String, max: Points, markers: [Int])
    case markGiven(marker: Int, script: Int, points: Points, note: String, at: Micros)
    /// The first marks differ by more than the tolerance: one more marker, not yet involved, marks.
    case thirdMarkerAssigned(script: Int, marker: Int)
    /// The mark that stands; the script takes no more marks.
    case scriptFinal(script: Int, points: Points)
}
