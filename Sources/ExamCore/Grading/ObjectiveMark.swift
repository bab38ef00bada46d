import ContestCore

/// What one saved answer earned by the key: right, partly right, wrong, left blank, or waiting for the markers.
public struct ObjectiveMark: Sendable, Hashable {
    public enum Outcome: String, Codable, Sendable, Hashable, CaseIterable {
        case right
        /// Some right options of a multiple choice question and no wrong one, under `partial` rules.
        case partial
        case wrong
        /// No answer saved, no option picked or only white space typed.
        case unanswered
        /// A short answer or essay with text in it: the markers decide.
        case toBeMarked
    }

    public var outcome: Outcome
    public var points: Points

    public init(_ outcome: Outcome, points: Points = .zero) {
        (self.outcome, self.points) = (outcome, points)
    }
}
