import ContestCore

/// One clerk's subsidies for one month, item by item, with what each was paid for.
///
/// Measured at the month's end: a certificate issued on or before its last day pays that month,
/// and tenure is whole years worked through that last day (hired 2024-04-01: 1 year in 2025-03).
public struct MonthlyPay: Sendable {
    public var clerk: Clerk
    public var month: YearMonth
    public var skill = 0
    public var tenure = 0
    public var education = 0
    /// The highest level held on the month's last day, and its certificate's date.
    public var level: Clerk.Certificate?
    public var yearsEmployed = 0
    /// On probation, and the rules pay such a clerk the skill subsidy only.
    public var skillOnly = false
    /// The roster's errors in the cells the subsidies are read from: the clerk is listed with 0 until they are put right.
    public var heldBack: [LedgerDiagnostic] = []

    public var total: Int { skill + tenure + education }

    /// The cells the subsidies are read from; an error in one holds the clerk's pay back.
    static let neededColumns: [LedgerColumn] = [
        .name, .residentID, .hired, .education, .levels, .certificateDates, .probation,
    ]

    /// The month's subsidies under `rules`; all 0 when `heldBack` is not empty.
    public init(_ clerk: Clerk, month: YearMonth, rules: LedgerRules, heldBack: [LedgerDiagnostic] = []) {
        (self.clerk, self.month, self.heldBack) = (clerk, month, heldBack)
        guard heldBack.isEmpty else { return }
        let lastDay = month.lastDay
        if let highest = clerk.highestLevel(on: lastDay) {
            level = clerk.certificates.first { $0.level == highest && $0.date <= lastDay }
            skill = rules.skillSubsidies.first { $0.level == highest }?.amount ?? 0
        }
        yearsEmployed = clerk.yearsEmployed(on: month.dayAfter ?? lastDay) ?? 0
        skillOnly = clerk.onProbation && rules.probationSkillSubsidyOnly
        guard !skillOnly else { return }
        if level != nil {
            tenure =
                rules.tenureSubsidies.filter { yearsEmployed >= $0.minimumYears }
                .max { $0.minimumYears < $1.minimumYears }?.amount ?? 0
        }
        if let diploma = clerk.education {
            let entries = rules.educationSubsidies.compactMap { entry in
                EducationLevel(ruleName: entry.education).map { (level: $0, amount: entry.amount) }
            }
            education = entries.filter { $0.level <= diploma }.max { $0.level < $1.level }?.amount ?? 0
        }
    }

    /// 依据: what each item was paid for, or why nothing was.
    ///
    /// `四级/中级工（2023-06-01）；入职满 5 年；本科`, `试用期：只发技能补贴`, `暂未计发：…`.
    public func basis(_ language: Language) -> String {
        let zh = language == .chinese
        let separator = zh ? "；" : "; "
        guard heldBack.isEmpty else {
            let reasons = heldBack.map { $0.message(language) }.joined(separator: separator)
            return zh ? "暂未计发，请更正花名册后补发：\(reasons)" : "held back until the roster is put right: \(reasons)"
        }
        var parts: [String] = []
        if let level {
            parts.append(
                zh
                    ? "\(ConditionText.level(level.level, true))（\(level.date) 取证）"
                    : "\(ConditionText.level(level.level, false)) (certified \(level.date))")
        } else {
            parts.append(
                skillOnly
                    ? (zh ? "未取证" : "no certificate")
                    : (zh ? "未取证：无技能补贴、年限补贴" : "no certificate: no skill or tenure subsidy"))
        }
        if skillOnly {
            parts.append(zh ? "试用期：只发技能补贴" : "on probation: skill subsidy only")
            return parts.joined(separator: separator)
        }
        if level != nil { parts.append(zh ? "入职满 \(yearsEmployed) 年" : "\(yearsEmployed) full years employed") }
        if let diploma = clerk.education, education > 0 {
            parts.append(diploma.name(zh))
        }
        return parts.joined(separator: separator)
    }
}
