import QuestionBank

/// One entrant's eligibility under the rules: staff category, employment, pension and job years.
///
/// Pure: the entrant and the rules in, each problem placed at its cell out.
struct EligibilityCheck {
    let rules: RegistrationRules

    func check(_ entrant: Entrant) -> [(RegistrationProblem, SourceLocation)] {
        var found: [(RegistrationProblem, SourceLocation)] = []
        let category = entrant[.category]
        if rules.windowStaffOnly && StaffCategory(category) != .window {
            found.append(
                (category.isEmpty ? .missingValue(.category) : .notWindowStaff(category), entrant.place(.category)))
        }
        let employment = entrant[.employment]
        if rules.contractStaffOnly && Employment(employment) != .contract {
            found.append(
                (
                    employment.isEmpty ? .missingValue(.employment) : .notContractStaff(employment),
                    entrant.place(.employment)
                ))
        }
        if rules.minimumPensionYears > 0 {
            let pension = entrant[.pensionYears]
            if let years = Years.parse(pension) {
                if years < rules.minimumPensionYears {
                    found.append(
                        (.pensionTooShort(pension, minimum: rules.minimumPensionYears), entrant.place(.pensionYears)))
                }
            } else {
                found.append((Self.years(pension, .pensionYears), entrant.place(.pensionYears)))
            }
        }
        if rules.minimumJobYears > 0 { found += jobYears(entrant) }
        return found
    }

    private func jobYears(_ entrant: Entrant) -> [(RegistrationProblem, SourceLocation)] {
        let job = entrant[.jobYears]
        let levelText = entrant[.skillLevel]
        var level = SkillLevel.none
        if rules.levelWaivingJobYears > 0 {
            guard let parsed = SkillLevel(levelText) else {
                return [(.unknownSkillLevel(levelText), entrant.place(.skillLevel))]
            }
            if parsed.isAtLeast(rules.levelWaivingJobYears) { return [] }
            level = parsed
        }
        guard let years = Years.parse(job) else { return [(Self.years(job, .jobYears), entrant.place(.jobYears))] }
        guard years < rules.minimumJobYears else { return [] }
        let held = levelText.isEmpty || level == .none ? "无" : levelText
        return [
            (
                .notExperienced(
                    years: job, level: held, minimum: rules.minimumJobYears, waivingLevel: rules.levelWaivingJobYears),
                entrant.place(.jobYears)
            )
        ]
    }

    private static func years(_ text: String, _ column: RegistrationColumn) -> RegistrationProblem {
        text.isEmpty ? .missingValue(column) : .badYears(column, text)
    }
}
