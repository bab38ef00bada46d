import QuestionBank

/// `--tie-break FILE`: the organisers' decisions for ties at a boundary, one row per tied entry.
///
/// ```
/// 组,身份证号码,姓名,单位,说明
/// 1,320821199005010111,王小明,城东社区,加赛决定（组委会 2024-05-10）
/// 1,,李红,城西街道,
/// 2,,,南湖镇,抽签决定
/// ```
///
/// Rows sharing a 组 form one decision, best first in row order; the first 说明 filled in is its
/// reason. A person is named by 身份证号码, or by 姓名 and 单位; a unit (a team tie) by 单位 alone.
public enum TieBreakFile {
    public static func read(_ table: TableReader.Result, file: String) -> (
        decisions: [TieDecision], diagnostics: [RankDiagnostic]
    ) {
        var input = RankInput<TieBreakColumn>(file: file)
        guard let records = input.records(table, needing: [.group]) else { return ([], input.diagnostics) }
        var groups: [String] = []
        var decisions: [String: TieDecision] = [:]
        for record in records {
            guard let group = input.text(record, .group) else { continue }
            guard let named = named(record) else {
                input.report(.tieBreakEmptyRow, at: record.location)
                continue
            }
            if decisions[group] == nil {
                groups.append(group)
                decisions[group] = TieDecision(order: [], reason: "")
            }
            decisions[group]?.order.append(named)
            if decisions[group]?.reason.isEmpty == true { decisions[group]?.reason = record[.reason] }
        }
        return (groups.compactMap { decisions[$0] }, input.diagnostics)
    }

    /// The entry a row names, by ID, by name and unit, or by unit alone.
    static func named(_ record: Record<TieBreakColumn>) -> TieDecision.Named? {
        let (id, name, unit) = (record[.residentID], record[.name], record[.unit])
        let label = name.isEmpty ? unit : (unit.isEmpty ? name : "\(name)（\(unit)）")
        if !id.isEmpty {
            return TieDecision.Named(
                key: personKey(id: id), label: name.isEmpty ? id : label, location: record.location)
        }
        if !name.isEmpty {
            return TieDecision.Named(key: personKey(name: name, unit: unit), label: label, location: record.location)
        }
        if !unit.isEmpty { return TieDecision.Named(key: unitKey(unit), label: unit, location: record.location) }
        return nil
    }

    static func personKey(id: String) -> String { "id:" + id.uppercased() }
    static func personKey(name: String, unit: String) -> String { "name:\(name)|\(unit)" }
    static func unitKey(_ unit: String) -> String { "unit:" + unit }
}

extension TieBreakFile {
    /// The problems with the decisions once every ranking has tried them: each must name known
    /// entries and order exactly one tie at a boundary, all of it.
    ///
    /// - Parameters:
    ///   - applied: the decisions some ranking used.
    ///   - incomplete: for a decision naming part of a tie, the names it leaves out.
    ///   - known: every key the score sheet's entries answer to.
    static func check(
        _ decisions: [TieDecision], file: String, applied: Set<Int>, incomplete: [Int: [String]], known: Set<String>
    ) -> [RankDiagnostic] {
        var found: [RankDiagnostic] = []
        for (index, decision) in decisions.enumerated() where !applied.contains(index) {
            let unknown = decision.order.filter { !known.contains($0.key) }
            if !unknown.isEmpty {
                found += unknown.map {
                    RankDiagnostic(file: file, location: $0.location, problem: .tieBreakUnknown($0.label))
                }
                continue
            }
            let names = decision.order.map(\.label)
            let problem: RankProblem =
                incomplete[index].map { .tieBreakIncomplete(named: names, missing: $0) } ?? .tieBreakNotTied(names)
            found.append(RankDiagnostic(file: file, location: decision.order.first?.location, problem: problem))
        }
        return found
    }
}
