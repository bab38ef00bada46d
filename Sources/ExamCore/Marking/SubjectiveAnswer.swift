import ContestCore

/// One submitted short answer or essay to be marked by hand: what `MarkingBook.addScripts` takes in.
///
/// `ExamState.scriptsToMark` makes one per short answer or essay of a finished paper with text in it
/// (a blank one scores 0 by the key); `max` is the question's points.
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
