import QuestionBank

/// The notice's rules for an entry list, beyond the checks every list gets: the rules file's `registration` section.
///
/// Two notices are built in. 江阴 (`--rules jiangyin`): each unit fields a team of exactly 5, at
/// least 2 from 村社区 or 窗口前台. 泗阳 (`--rules siyang`): each entrant is contract (非编) window
/// staff with ≥ 1 year of pension insurance and ≥ 1 year in the job or a level-4 (中级工)
/// certificate or higher, with a photo of 5–20 KB. A rules file may set any of these numbers; a
/// zero or `false` leaves its check out.
public struct RegistrationRules: Codable, Sendable, Hashable {
    /// What the page calls the rules (`江阴规则`); empty for a rules file's own.
    public var name = ""
    /// Members per unit, exactly; 0 for any number.
    public var teamSize = 0
    /// Members per unit from 村社区 or 窗口前台, at least.
    public var minimumFrontline = 0
    public var windowStaffOnly = false
    public var contractStaffOnly = false
    public var minimumPensionYears = 0.0
    public var minimumJobYears = 0.0
    /// A certificate of this level or higher (4 = 中级工) stands in for the years in the job; 0 for none.
    public var levelWaivingJobYears = 0
    /// The photo's size in KB (1,024 bytes), inclusive; 0 for no lower limit.
    public var photoMinimumKB = 0
    public var photoMaximumKB = 20

    public init() {}

    /// Row checks only; photos under 20 KB (乌审旗).
    public static let none = RegistrationRules()

    public static let jiangyin: RegistrationRules = {
        var rules = RegistrationRules()
        (rules.name, rules.teamSize, rules.minimumFrontline) = ("江阴", 5, 2)
        return rules
    }()

    public static let siyang: RegistrationRules = {
        var rules = RegistrationRules()
        rules.name = "泗阳"
        (rules.windowStaffOnly, rules.contractStaffOnly) = (true, true)
        (rules.minimumPensionYears, rules.minimumJobYears, rules.levelWaivingJobYears) = (1, 1, 4)
        rules.photoMinimumKB = 5
        return rules
    }()

    /// The built-in rules `--rules` names.
    public static let named: [String: RegistrationRules] = ["jiangyin": .jiangyin, "siyang": .siyang]

    var checksUnits: Bool { teamSize > 0 || minimumFrontline > 0 }

    /// The columns the rules read, beyond those every check needs.
    var columns: [RegistrationColumn] {
        var columns: [RegistrationColumn] = []
        if minimumFrontline > 0 || windowStaffOnly { columns.append(.category) }
        if contractStaffOnly { columns.append(.employment) }
        if minimumJobYears > 0 { columns.append(.jobYears) }
        if minimumPensionYears > 0 { columns.append(.pensionYears) }
        if minimumJobYears > 0 && levelWaivingJobYears > 0 { columns.append(.skillLevel) }
        return columns
    }

    /// Per-unit problems, each placed at the unit's first row.
    func units(_ entrants: [Entrant]) -> [(RegistrationProblem, SourceLocation)] {
        guard checksUnits else { return [] }
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
            if teamSize > 0 && team.count != teamSize {
                found.append((.unitSize(unit: unit, count: team.count, expected: teamSize), place))
            }
            let frontline = team.filter(\.isFrontline).count
            if frontline < minimumFrontline {
                found.append((.tooFewFrontline(unit: unit, count: frontline, minimum: minimumFrontline), place))
            }
        }
        return found
    }
}
