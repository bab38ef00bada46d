import QuestionBank

extension Ranking {
    /// Each tie at a boundary as an error placed at the first tied entry's row.
    ///
    /// - Parameter none: per tier list, the word for "no tier" (`未获奖`, `未晋级`).
    func tieDiagnostics(
        file: String, scope: RankProblem.Scope, none: [String], name: (Item) -> String,
        score: (Item) -> RankProblem.Wording,
        location: (Item) -> SourceLocation
    ) -> [RankDiagnostic] {
        ties.map { tie in
            let spanned = tie.spanned.enumerated().filter { !$0.element.isEmpty }.map { offset, names in
                names.map { $0 ?? none[min(offset, none.count - 1)] }
            }
            let problem = RankProblem.tie(
                scope: scope, places: tie.places, names: tie.items.map(name), score: score(tie.items[0]),
                spanned: spanned)
            return RankDiagnostic(file: file, location: location(tie.items[0]), problem: problem)
        }
    }

    /// The entries left out by each decision that named only part of a tie here, by name.
    func incompleteNames(_ name: (Item) -> String) -> [Int: [String]] { incomplete.mapValues { $0.map(name) } }
}
