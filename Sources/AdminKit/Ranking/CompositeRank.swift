import ContestCore
import QuestionBank

/// `composite rank`'s logic, the 泗阳 rule: total = theory × 50% + practical × 50%, ties broken by
/// theory and then by the shorter answering time; prizes, titles and the level-4 certificate.
///
/// Pure: the sheet is read and today's date (for the certificate look-back) is a parameter. Only
/// contestants equal in total, theory and time are a reported tie.
///
/// ```swift
/// let report = CompositeRank.run(TableReader.read(path: "成绩.csv"), file: "成绩.csv", rules: .init(), today: today)
/// report.ranking.lines.map { ($0.item.name, $0.tiers[0] ?? "") }   // [("王小明", "一等奖"), …]
/// ```
public enum CompositeRank {
    static let required: [CompositeColumn] = [.name, .unit, .residentID, .theory, .practical, .time]

    public static func run(
        _ table: TableReader.Result, file: String, rules: CompositeRules, today: CalendarDate,
        decisions: [TieDecision] = [], decisionFile: String = ""
    ) -> CompositeReport {
        var input = RankInput<CompositeColumn>(file: file)
        var entrants: [CompositeEntrant] = []
        let (theoryWeight, practicalWeight) = (weight(rules.theoryWeight), weight(rules.practicalWeight))
        for record in input.records(table, needing: required) ?? [] {
            let (name, unit) = (input.text(record, .name), input.text(record, .unit))
            let id = input.residentID(record, .residentID)
            let (theory, practical) = (input.score(record, .theory), input.score(record, .practical))
            let seconds = input.text(record, .time).flatMap { text in
                let seconds = AnsweringTime.seconds(text)
                if seconds == nil { input.report(.badTime(text), at: record.place(.time)) }
                return seconds
            }
            let certificate = self.certificate(record, theory, practical, rules: rules, today: today, input: &input)
            guard let name, let unit, let id, let theory, let practical, let seconds else { continue }
            entrants.append(
                CompositeEntrant(
                    name: name, unit: unit, residentID: id, theory: theory, practical: practical, seconds: seconds,
                    exactTotal: theory.hundredths * theoryWeight + practical.hundredths * practicalWeight,
                    certificate: certificate, location: record.location))
        }
        let ranking = Ranking(
            entrants, key: \.key, identities: \.identities,
            tiers: [rules.prizes.map { AwardTier(name: $0.name, count: $0.count) }, titleTiers(rules.titles)],
            decisions: decisions)
        var diagnostics = input.diagnostics
        diagnostics += ranking.tieDiagnostics(
            file: file, scope: .individuals, none: ["未获奖", "无称号"], name: \.name,
            score: {
                let (total, time) = ($0.total.twoDecimals, AnsweringTime.text($0.seconds))
                return .init(
                    "总成绩 \(total)，理论 \($0.theory)，用时 \(time)", "total \(total), theory \($0.theory), time \(time)")
            },
            location: \.location)
        diagnostics += TieBreakFile.check(
            decisions, file: decisionFile, applied: ranking.applied, incomplete: ranking.incompleteNames(\.name),
            known: Set(entrants.flatMap(\.identities)))
        return CompositeReport(
            file: file, rules: rules, diagnostics: diagnostics, ranking: ranking,
            decisions: ranking.applied.sorted().map { decisions[$0] })
    }

    /// A weight such as 0.5 in ten-thousandths, so totals stay whole numbers.
    static func weight(_ value: Double) -> Int { Int((value * 10_000).rounded()) }

    /// The titles as consecutive tiers from place 1, the places between them as unnamed tiers.
    static func titleTiers(_ titles: [CompositeRules.Title]) -> [AwardTier] {
        var tiers: [AwardTier] = []
        var next = 1
        for title in titles.sorted(by: { $0.fromPlace < $1.fromPlace })
        where title.toPlace >= max(title.fromPlace, next) {
            let from = max(title.fromPlace, next)
            if from > next { tiers.append(AwardTier(name: "", count: from - next)) }
            tiers.append(AwardTier(name: title.name, count: title.toPlace - from + 1))
            next = title.toPlace + 1
        }
        return tiers
    }

    /// Passed both parts, eligible, and no certificate of the level or higher from the look-back years.
    static func certificate(
        _ record: Record<CompositeColumn>, _ theory: Score?, _ practical: Score?, rules: CompositeRules,
        today: CalendarDate, input: inout RankInput<CompositeColumn>
    ) -> CertificateDecision {
        var reasons: [CertificateDecision.Reason] = []
        if let theory, theory.hundredths < Int((rules.theoryPassMark * 100).rounded()) { reasons.append(.failedTheory) }
        if let practical, practical.hundredths < Int((rules.practicalPassMark * 100).rounded()) {
            reasons.append(.failedPractical)
        }
        let eligibility = record[.eligibility]
        if !eligibility.isEmpty {
            switch eligibility.lowercased() {
            case "符合", "是", "通过", "合格", "yes", "y": break
            case "不符合", "否", "不通过", "不合格", "no", "n": reasons.append(.ineligible)
            default:
                input.report(.unknownEligibility(eligibility), at: record.place(.eligibility))
                reasons.append(.unclear)
            }
        }
        let levelText = record[.skillLevel]
        guard let level = SkillLevel(levelText) else {
            input.report(.unknownSkillLevel(levelText), at: record.place(.skillLevel))
            return CertificateDecision(reasons: reasons + [.unclear])
        }
        guard case .level(let number) = level, number <= rules.certificateLevel else {
            return CertificateDecision(reasons: reasons)
        }
        let dateText = record[.certificateDate]
        guard !dateText.isEmpty else {
            input.report(.certificateDateMissing(level: levelText), at: record.place(.certificateDate))
            return CertificateDecision(reasons: reasons + [.unclear])
        }
        guard let month = BirthMonth(dateText) else {
            input.report(.badCertificateDate(dateText), at: record.place(.certificateDate))
            return CertificateDecision(reasons: reasons + [.unclear])
        }
        let cutoff = (today.year - rules.certificateLookbackYears, today.month)
        if (month.year, month.month) >= cutoff {
            reasons.append(.holds(level: levelText, year: month.year, month: month.month))
        }
        return CertificateDecision(reasons: reasons)
    }
}
