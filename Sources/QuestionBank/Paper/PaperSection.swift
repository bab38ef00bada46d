/// A section of a paper, from its heading to the next: the type and points it gives its questions,
/// and how it numbers them.
struct PaperSection {
    var kind: PaperSectionKind
    /// Where the heading names the type; questions without a heading point at themselves.
    var typeOffset: Int
    /// Points per question from the heading, already checked to be a whole number.
    var points: Located<String>?
    /// How the section's first question was numbered; numbers in other styles are sub-questions.
    var style: PaperItemNumber.Style?
    /// The mark after the number (`.` or `．`) of the first question, to tell a question from an
    /// answer's own list when both could come next.
    var mark: UInt32 = 0
    /// Whether Word numbered the questions automatically, so typed numbers are never questions.
    var isNumberedByWord = false
    /// The Word list level of the questions.
    var wordLevel = 0
    var lastNumber: Int?
    /// Question indices by number, for answer keys.
    var questionsByNumber: [Int: Int] = [:]
    /// Questions still without an answer line, so a key without headings knows where to start.
    var unanswered = 0

    init(kind: PaperSectionKind, typeOffset: Int, points: Located<String>?) {
        self.kind = kind
        self.typeOffset = typeOffset
        self.points = points
    }
}
