/// The buzz-in segment (and the questions of a tie-break): one question at a time.
public struct BuzzRound: Sendable, Hashable {
    /// Questions that counted so far (voided ones do not).
    public var asked: Int
    public var phase: Phase

    public enum Phase: Sendable, Hashable {
        case idle
        case open(BuzzQuestion)
        /// Closed, with its buzzes kept so the margins stay on screen.
        case closed(BuzzQuestion, outcome: QuestionOutcome)
    }

    public init(asked: Int = 0, phase: Phase = .idle) {
        self.asked = asked
        self.phase = phase
    }

    public var current: BuzzQuestion? {
        switch phase {
        case .open(let question): question
        case .idle, .closed: nil
        }
    }

    mutating func apply(_ event: Event, at: Micros) {
        switch (phase, event) {
        case (_, .questionShown(let id, _, _, _)):
            phase = .open(BuzzQuestion(question: id))
        case (.open(let question), .questionClosed(_, let outcome)):
            phase = .closed(question, outcome: outcome)
            if outcome.counts { asked += 1 }
        case (.open(var question), _):
            question.apply(event, at: at)
            phase = .open(question)
        case (.idle, _), (.closed, _):
            break
        }
    }

    mutating func shift(by offset: Micros) {
        guard case .open(var question) = phase else { return }
        question.shift(by: offset)
        phase = .open(question)
    }
}
