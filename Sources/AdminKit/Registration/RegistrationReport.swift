import QuestionBank

/// A problem `registration check` found, with its place.
public typealias RegistrationDiagnostic = AdminDiagnostic<RegistrationProblem>

/// What `registration check` found: the entrants, every problem in row order, and the units.
public struct RegistrationReport: Sendable {
    public var file: String
    public var rules: RegistrationRules
    public var entrants: [Entrant]
    public var diagnostics: [RegistrationDiagnostic]
    public var units: [UnitSummary]

    public var errorCount: Int { diagnostics.errorCount() }
    public var warningCount: Int { diagnostics.warningCount() }
    public var hasErrors: Bool { errorCount > 0 }

    /// The 合计 line of the summary: every unit's members and front-line members, every problem.
    public var total: UnitSummary {
        UnitSummary(
            unit: "", members: units.reduce(0) { $0 + $1.members }, frontline: units.reduce(0) { $0 + $1.frontline },
            problems: diagnostics.count)
    }

    /// The entrant whose row holds `diagnostic`, for the problem list's name and ID columns; nil for
    /// a problem with a whole unit, which is only placed at its first member's row.
    public func entrant(for diagnostic: RegistrationDiagnostic) -> Entrant? {
        guard let location = diagnostic.location, !diagnostic.problem.isAboutUnit else { return nil }
        let row = location.row
        return entrants.first { $0.rowNumber == row }
    }
}

/// One line of the unit summary sheet (报名汇总表).
public struct UnitSummary: Sendable, Hashable {
    public var unit: String
    public var members: Int
    /// Members from 村社区 or 窗口前台.
    public var frontline: Int
    public var problems: Int
}
