/// The bank a contest draws from, indexed by id.
public struct QuestionPool: Sendable, Hashable {
    public let questions: [Question]
    private let positions: [String: Int]

    /// Keeps the first question of each id; the bank loader reports duplicates before this point.
    public init(_ questions: [Question]) {
        var positions: [String: Int] = [:]
        var kept: [Question] = []
        kept.reserveCapacity(questions.count)
        for question in questions where positions[question.id] == nil {
            positions[question.id] = kept.count
            kept.append(question)
        }
        self.questions = kept
        self.positions = positions
    }

    public subscript(id: String) -> Question? { positions[id].map { questions[$0] } }

    public static func == (lhs: QuestionPool, rhs: QuestionPool) -> Bool { lhs.questions == rhs.questions }
    public func hash(into hasher: inout Hasher) { hasher.combine(questions.count) }

    /// A seeded draw without replacement: the same seed, draw number and used set give the same question.
    ///
    /// The pick is `SplitMix64(seed, draw) mod candidates`: its bias is below 10⁻¹³ for any bank
    /// that fits in memory, and it does not depend on the standard library's random algorithms,
    /// which may change between toolchains and would break replay.
    public func draw(matching filter: DrawFilter, excluding used: Set<String>, seed: UInt64, draw: Int) -> Question? {
        let candidates = questions.indices.filter { filter.matches(questions[$0]) && !used.contains(questions[$0].id) }
        guard !candidates.isEmpty else { return nil }
        var generator = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: draw) &* 0x9E37_79B9_7F4A_7C15))
        let pick = Int(generator.next() % UInt64(candidates.count))
        return questions[candidates[pick]]
    }
}
