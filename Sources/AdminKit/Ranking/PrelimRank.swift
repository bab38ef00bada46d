import ContestCore
import QuestionBank

/// `prelim rank`'s logic: written scores in; individual awards, unit totals, 晋级 and the finalists out.
///
/// Pure: the sheets are already read. Every tie at an award or advancement boundary is reported
/// and left without an award until the tie-break file orders it.
///
/// ```swift
/// let report = PrelimRank.run(TableReader.read(path: "初赛成绩.csv"), file: "初赛成绩.csv", rules: .init())
/// report.units.lines.map { ($0.item.unit, report.advancement($0)) }   // [("城东社区", "是"), …]
/// ```
public enum PrelimRank {
    static let required: [ScoreColumn] = [.unit, .name, .residentID, .written]

    public static func run(
        _ table: TableReader.Result, file: String, rules: PrelimRankRules, decisions: [TieDecision] = [],
        decisionFile: String = ""
    ) -> PrelimReport {
        var input = RankInput<ScoreColumn>(file: file)
        var entrants: [PrelimEntrant] = []
        for record in input.records(table, needing: required) ?? [] {
            let (unit, name) = (input.text(record, .unit), input.text(record, .name))
            let id = input.residentID(record, .residentID)
            guard let score = input.score(record, .written), let unit, let name, let id else { continue }
            entrants.append(
                PrelimEntrant(name: name, unit: unit, residentID: id, score: score, location: record.location))
        }
        let sheetErrors = input.diagnostics.errorCount() > 0
        let individuals = Ranking(
            entrants, key: { [$0.score.hundredths] }, identities: \.identities, tiers: [rules.awards],
            decisions: decisions)
        let units = Ranking(
            teams(entrants), key: { [$0.total.hundredths] }, identities: \.identities,
            tiers: [[AwardTier(name: PrelimReport.advancing, count: rules.advancingTeams)]], decisions: decisions)
        var diagnostics = input.diagnostics
        diagnostics += individuals.tieDiagnostics(
            file: file, scope: .individuals, none: ["未获奖"], name: \.name,
            score: { .init("\($0.score) 分", "\($0.score) points") }, location: \.location)
        diagnostics += units.tieDiagnostics(
            file: file, scope: .units, none: ["未晋级"], name: \.unit,
            score: { .init("总分 \($0.total)", "total \($0.total)") },
            location: { $0.members[0].location })
        var players: [String: Ranking<PrelimEntrant>] = [:]
        var applied = individuals.applied.union(units.applied)
        var incomplete = individuals.incompleteNames(\.name).merging(units.incompleteNames(\.unit)) { $0 + $1 }
        for line in units.lines where line.tiers[0] != nil {
            let unit = line.item
            let ranking = Ranking(
                unit.members, key: { [$0.score.hundredths] }, identities: \.identities,
                tiers: [[AwardTier(name: PrelimReport.finalist, count: rules.playersPerTeam)]], decisions: decisions)
            players[unit.unit] = ranking
            diagnostics += ranking.tieDiagnostics(
                file: file, scope: .players(unit: unit.unit), none: ["不上场"], name: \.name,
                score: { .init("\($0.score) 分", "\($0.score) points") }, location: \.location)
            applied.formUnion(ranking.applied)
            incomplete.merge(ranking.incompleteNames(\.name)) { $0 + $1 }
        }
        let known = Set(entrants.flatMap(\.identities) + entrants.map { TieBreakFile.unitKey($0.unit) })
        diagnostics += TieBreakFile.check(
            decisions, file: decisionFile, applied: applied, incomplete: incomplete, known: known)
        var report = PrelimReport(
            file: file, rules: rules, diagnostics: diagnostics, individuals: individuals, units: units,
            players: players, decisions: applied.sorted().map { decisions[$0] })
        let decided = units.ties.isEmpty && players.values.allSatisfy(\.ties.isEmpty)
        if !sheetErrors && decided {
            report.finalists = units.lines.filter { $0.tiers[0] != nil }.map {
                ($0.item.unit, report.finalPlayers(of: $0.item.unit))
            }
        }
        return report
    }

    /// The units in the order they first appear, each with its members and total.
    static func teams(_ entrants: [PrelimEntrant]) -> [PrelimUnit] {
        var order: [String] = []
        var members: [String: [PrelimEntrant]] = [:]
        for entrant in entrants {
            if members[entrant.unit] == nil { order.append(entrant.unit) }
            members[entrant.unit, default: []].append(entrant)
        }
        return order.map { unit in
            let team = members[unit] ?? []
            return PrelimUnit(
                unit: unit, total: Score(hundredths: team.reduce(0) { $0 + $1.score.hundredths }), members: team)
        }
    }
}
