import ContestCore

/// How the exam's answers become points: objective questions by the key, the rest by blind double marking.
///
/// Part of the exam file (`grading`), read strictly over these defaults. The defaults follow the
/// 江阴 paper's instructions (多选、少选、错选均不得分) and the usual 双评 practice of written exams:
/// two markers per answer, a third when the two differ by more than the tolerance.
public struct MarkingRules: Codable, Sendable, Hashable {
    /// How a multiple-choice answer that picks some right options and no wrong one is scored.
    public enum MultiSelect: String, Codable, Sendable, Hashable, CaseIterable {
        /// Only the exact set of right options scores.
        case allOrNothing
        /// A non-empty subset of the right options, with no wrong one, earns `partialShare` of the points.
        case partial
    }

    /// What decides the mark once a third marker has marked.
    public enum ThirdMark: String, Codable, Sendable, Hashable, CaseIterable {
        /// The mean of the third mark and whichever first mark is closer to it (the mean of all three on a tie).
        case closerPair
        /// The third marker's mark stands (an arbitrating chief marker).
        case third
        /// The mean of all three marks.
        case meanOfThree
    }

    public var multiSelect = MultiSelect.allOrNothing
    public var partialShare = 0.5
    /// More accepted spellings for fill-in questions by question id, beyond those in the paper.
    public var synonyms: [String: [String]] = [:]
    /// Markers per subjective answer before any third marking.
    public var markersPerAnswer = 2
    /// When two marks differ by more than this share of the question's points, a third marker marks.
    public var toleranceShare = 0.15
    public var thirdMark = ThirdMark.closerPair

    public init() {}
}
