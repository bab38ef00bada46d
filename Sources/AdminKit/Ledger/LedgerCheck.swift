import ContestCore
import QuestionBank

/// `ledger check`'s rules run over a roster read: hiring conditions, the 好 quota, staffing when a centres file is given.
///
/// ```swift
/// let roster = ClerkRoster.read(TableReader.read(path: "花名册.csv"), file: "花名册.csv", today: today)
/// let report = LedgerCheck.run(roster, centres: nil, rules: AdminRules.standard.ledger, today: today)
/// report.entries.map { $0.diagnostic.formatted() }
/// ```
public enum LedgerCheck {
    public static func run(
        _ roster: ClerkRoster, centres: CentreList?, rules: LedgerRules, today: CalendarDate
    ) -> LedgerCheckReport {
        var entries: [LedgerCheckReport.Entry] = []
        let hiring = HiringCheck(rules: rules)
        for clerk in roster.clerks {
            entries += hiring.findings(clerk, today: today).map {
                LedgerCheckReport.Entry(
                    diagnostic: LedgerFindingDiagnostic(file: roster.file, location: clerk.row.location, problem: $0),
                    centre: clerk.centre, clerk: clerk)
            }
        }
        let rounding = GoodQuota.Rounding(rawValue: rules.goodShareRounding) ?? .round
        var quotaMonths: [GoodQuota.Month] = []
        for (centre, clerks) in roster.centres where !centre.isEmpty {
            let months = GoodQuota.months(
                centre: centre, clerks: clerks, months: roster.months, share: rules.monthlyGoodShare,
                rounding: rounding)
            quotaMonths += months
            entries += months.filter(\.isOver).map { month in
                let finding = LedgerFinding.goodOverQuota(
                    centre: centre, month: month.month, good: month.good, quota: month.quota, staff: month.staff)
                return LedgerCheckReport.Entry(
                    diagnostic: LedgerFindingDiagnostic(
                        file: roster.file, location: clerks.first?.row.location, problem: finding),
                    centre: centre, clerk: nil)
            }
        }
        entries.sort { ($0.diagnostic.location?.row ?? 0) < ($1.diagnostic.location?.row ?? 0) }
        if let centres {
            entries += centres.diagnostics.map { LedgerCheckReport.Entry(diagnostic: $0, centre: "", clerk: nil) }
            entries += StaffingCheck.findings(roster: roster, centres: centres, rules: rules, today: today).map {
                LedgerCheckReport.Entry(diagnostic: $0.diagnostic, centre: $0.centre, clerk: nil)
            }
        }
        return LedgerCheckReport(
            roster: roster, entries: entries, quotaMonths: quotaMonths, centres: centres, today: today)
    }

    /// Why the rules' ledger section cannot be applied, for a usage error; nil when it can.
    public static func rulesProblem(_ rules: LedgerRules, language: Language) -> String? {
        let zh = language == .chinese
        if EducationLevel(ruleName: rules.hiringMinimumEducation) == nil {
            return zh
                ? "ledger.hiringMinimumEducation「\(rules.hiringMinimumEducation)」应为 高中、中职、大专、本科 或 研究生"
                : "ledger.hiringMinimumEducation \(rules.hiringMinimumEducation) should be 高中, 中职, 大专, 本科 or 研究生"
        }
        if GoodQuota.Rounding(rawValue: rules.goodShareRounding) == nil {
            return zh
                ? "ledger.goodShareRounding「\(rules.goodShareRounding)」应为 round、floor 或 ceil"
                : "ledger.goodShareRounding \(rules.goodShareRounding) should be round, floor or ceil"
        }
        if !(0...1).contains(rules.monthlyGoodShare) {
            return zh
                ? "ledger.monthlyGoodShare 应在 0 到 1 之间（0.2 即 20%）"
                : "ledger.monthlyGoodShare should be between 0 and 1 (0.2 is 20%)"
        }
        if !rules.hiringRulesFrom.isEmpty && CalendarDate(written: rules.hiringRulesFrom) == nil {
            return zh
                ? "ledger.hiringRulesFrom「\(rules.hiringRulesFrom)」应为日期（2024-01-01）或留空"
                : "ledger.hiringRulesFrom \(rules.hiringRulesFrom) should be a date (2024-01-01) or empty"
        }
        return nil
    }
}
