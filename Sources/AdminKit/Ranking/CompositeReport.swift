import ContestCore

/// `composite rank`'s result: the ranking with prizes, titles and money, and who is issued the certificate.
public struct CompositeReport: Sendable {
    public var file: String
    public var rules: CompositeRules
    public var diagnostics: [RankDiagnostic]
    /// Tier lists: 0 the prizes, 1 the titles.
    public var ranking: Ranking<CompositeEntrant>
    public var decisions: [TieDecision]

    public var hasErrors: Bool { diagnostics.errorCount() > 0 }

    /// The prize money for a prize's name, or nil for none.
    public func amount(_ prize: String?) -> Int? { rules.prizes.first { $0.name == prize }?.amount }

    public func countsText(_ zh: Bool) -> String {
        let issued = ranking.lines.filter(\.item.certificate.issued).count
        let (errors, warnings) = (diagnostics.errorCount(), diagnostics.warningCount())
        return zh
            ? "\(ranking.lines.count) 人，发证 \(issued) 人；\(ProblemCounts.text(errors: errors, warnings: warnings, true))"
            : "\(ranking.lines.count) contestants, \(issued) certificates; \(ProblemCounts.text(errors: errors, warnings: warnings, false))"
    }
}
