import ContestCore

/// One submitted short answer or essay to be marked by hand: what `MarkingBook.addScripts` takes in.
///
/// The grading step makes one per subjective question of a submitted paper, a blank answer included
/// (its markers give it 0); `max` is the question's points on the candidate's paper.
public struct SubjectiveAnswer: Codable, Sendable, Hashable {
    /// The admission number (准考证号), as every exam record is keyed.
    public var candidate: String
    /// The question's id on the paper.
    public var question: String
    public var text: String
    public var max: Points

    public init(candidate: String, question: String, text: String, max: Points) {
        (self.candidate, self.question, self.text, self.max) = (candidate, question, text, max)
    }
}
