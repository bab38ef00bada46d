import ContestCore

/// An exam ready to run: the exam file with its paper read, its start fixed and its times in microseconds.
///
/// Everything the day's reducer, the candidate papers and the grading need, and nothing read from disk
/// or a clock after this point.
public struct Exam: Sendable, Hashable {
    /// How many tokens of each official kind the server makes.
    public struct Tokens: Sendable, Hashable {
        public var proctors: Int
        public var markers: Int
        public var judges: Int

        public init(proctors: Int, markers: Int, judges: Int) {
            (self.proctors, self.markers, self.judges) = (proctors, markers, judges)
        }
    }

    public var title: String
    public var paper: WrittenPaper
    public var candidates: [ExamCandidate]
    /// When papers open, UTC microseconds since 1970.
    public var start: Micros
    public var duration: Micros
    /// After `start + lateEntry` a candidate who never logged in is refused unless admitted late.
    public var lateEntry: Micros
    public var shuffle: ExamFile.Shuffle
    public var seed: UInt64
    public var passMark: Points
    public var grading: MarkingRules
    public var practical: PracticalRubric
    public var tokens: Tokens

    public init(
        title: String, paper: WrittenPaper, candidates: [ExamCandidate], start: Micros, duration: Micros,
        lateEntry: Micros, shuffle: ExamFile.Shuffle, seed: UInt64, passMark: Points, grading: MarkingRules,
        practical: PracticalRubric, tokens: Tokens
    ) {
        (self.title, self.paper, self.candidates, self.start) = (title, paper, candidates, start)
        (self.duration, self.lateEntry, self.shuffle, self.seed) = (duration, lateEntry, shuffle, seed)
        (self.passMark, self.grading, self.practical, self.tokens) = (passMark, grading, practical, tokens)
    }

    /// When every paper closes unless a proctor extends or reopens it.
    public var deadline: Micros { start + duration }
    public var entryCloses: Micros { start + lateEntry }

    /// The candidate's own paper (一人一卷), derived again on every call: seeded, never stored.
    public func paper(for candidate: String) -> CandidatePaper {
        CandidatePaper(paper: paper, seed: seed, candidate: candidate, shuffle: shuffle)
    }
}
