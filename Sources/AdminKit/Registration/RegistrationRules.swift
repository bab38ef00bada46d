import QuestionBank

/// The rule sets of the notices the tool knows, beyond the checks every list gets.
///
/// 江阴: each unit fields a team of exactly 5, at least 2 from 村社区 or 窗口前台. 泗阳: each
/// entrant is contract (非编) window staff with ≥ 1 year of pension insurance and ≥ 1 year in the
/// job or a level-4 (中级工) certificate or higher.
public enum RegistrationRules: String, Sendable, Hashable, CaseIterable {
    case siyang
    case jiangyin

    /// The columns the rules read, beyond those every check needs.
    var columns: [RegistrationColumn] {
        switch self {
        case .siyang: [.category, .employment, .jobYears, .pensionYears, .skillLevel]
        case .jiangyin: [.category]
        }
    }

    static let teamSize = 5
    static let minimumFrontline = 2

    /// 江阴's per-unit problems, each placed at the unit's first row.
    static func jiangyin(_ entrants: [Entrant]) -> [(RegistrationProblem, SourceLocation)] {
        var order: [String] = []
        var members: [String: [Entrant]] = [:]
        for entrant in entrants where !entrant[.unit].isEmpty {
            if members[entrant[.unit]] == nil { order.append(entrant[.unit]) }
            members[entrant[.unit], default: []].append(entrant)
        }
        var found: [(RegistrationProblem, SourceLocation)] = []
        for unit in order {
            let team = members[unit] ?? []
            let place = team[0].place(.unit)
            if team.count != teamSize { found.append((.unitSize(unit: unit, count: team.count), place)) }
            let frontline = team.filter(\.isFrontline).count
            if frontline < minimumFrontline { found.append((.tooFewFrontline(unit: unit, count: frontline), place)) }
        }
        return found
    }

    /// 泗阳's eligibility problems for one entrant.
    static func siyang(_ entrant: Entrant) -> [(RegistrationProblem, SourceLocation)] {
        var found: [(RegistrationProblem, SourceLocation)] = []
        let category = entrant[.category]
        if StaffCategory(category) != .window {
            found.append(
                (category.isEmpty ? .missingValue(.category) : .notWindowStaff(category), entrant.place(.category)))
        }
        let employment = entrant[.employment]
        if Employment(employment) != .contract {
            found.append(
                (
                    employment.isEmpty ? .missingValue(.employment) : .notContractStaff(employment),
                    entrant.place(.employment)
                ))
        }
        let pension = entrant[.pensionYears]
        if let years = Years.parse(pension) {
            if years < 1 { found.append((.pensionTooShort(pension), entrant.place(.pensionYears))) }
        } else {
            found.append((years(pension, .pensionYears), entrant.place(.pensionYears)))
        }
        let job = entrant[.jobYears]
        let levelText = entrant[.skillLevel]
        guard let level = SkillLevel(levelText) else {
            found.append((.unknownSkillLevel(levelText), entrant.place(.skillLevel)))
            return found
        }
        if level.isLevelFourOrHigher { return found }
        guard let jobYears = Years.parse(job) else {
            found.append((years(job, .jobYears), entrant.place(.jobYears)))
            return found
        }
        if jobYears < 1 {
            found.append(
                (.notExperienced(years: job, level: levelText.isEmpty ? "无" : levelText), entrant.place(.jobYears)))
        }
        return found
    }

    private static func years(_ text: String, _ column: RegistrationColumn) -> RegistrationProblem {
        text.isEmpty ? .missingValue(column) : .badYears(column, text)
    }
}
