import ContestCore

/// `prelim rank`'s result: the individual ranking with awards, the units with 晋级, the finalists.
public struct PrelimReport: Sendable {
    public var file: String
    public var rules: PrelimRankRules
    public var diagnostics: [RankDiagnostic]
    public var individuals: Ranking<PrelimEntrant>
    public var units: Ranking<PrelimUnit>
    /// For each advancing unit, its members ranked for the final's seats.
    public var players: [String: Ranking<PrelimEntrant>]
    /// The advancing units in ranking order with their players best first; nil while a tie among
    /// units or players is undecided, or the sheet has errors.
    public var finalists: [(unit: String, players: [PrelimEntrant])]?
    /// The decisions applied, for the pages' notes.
    public var decisions: [TieDecision]

    public var hasErrors: Bool { diagnostics.errorCount() > 0 }

    /// `晋级` for an advancing unit's line (the tier's name in `units`).
    static let advancing = "晋级"
    static let finalist = "晋级队员"

    /// 是, 否 or 待定 (tied at the boundary, undecided).
    public func advancement(_ line: Ranking<PrelimUnit>.Line, _ zh: Bool = true) -> String {
        if line.awaitingDecision { return zh ? "待定" : "pending" }
        return line.tiers[0] == Self.advancing ? (zh ? "是" : "yes") : (zh ? "否" : "no")
    }

    /// The unit's players for the final, best first, once decided.
    public func finalPlayers(of unit: String) -> [PrelimEntrant] {
        players[unit]?.lines.filter { $0.tiers[0] != nil }.map(\.item) ?? []
    }

    /// `3 人，2 个单位；1 个错误` for the summary line and the page.
    public func countsText(_ zh: Bool) -> String {
        let (errors, warnings) = (diagnostics.errorCount(), diagnostics.warningCount())
        return zh
            ? "\(individuals.lines.count) 人，\(units.lines.count) 个单位；\(ProblemCounts.text(errors: errors, warnings: warnings, true))"
            : "\(individuals.lines.count) entrants, \(units.lines.count) units; \(ProblemCounts.text(errors: errors, warnings: warnings, false))"
    }
}
