import ContestCore

/// Entries ranked by score with competition ranking (1, 2, 2, 4) and award tiers given down the list.
///
/// Used for every list the commands print: individuals, units, a unit's players, the composite
/// ranking. Entries sharing a rank share a tier when their places fall within it; when their places
/// straddle a boundary of any tier list (一等奖/二等奖, 晋级/未晋级, 创新能手/技术能手) none of them gets
/// that award and the group is reported as a tie, unless a `TieDecision` naming exactly that group
/// orders it. Nothing is ever broken by input order.
///
/// ```swift
/// let ranking = Ranking(people, key: { [$0.score.hundredths] }, identities: { ["id:" + $0.id] },
///                       tiers: [[AwardTier(name: "一等奖", count: 1), AwardTier(name: "二等奖", count: 3)]])
/// ranking.lines.map(\.rank)   // [1, 2, 2, 4, …]
/// ranking.ties                // a tie across a boundary, to report
/// ```
public struct Ranking<Item: Sendable>: Sendable {
    /// One entry's place: its rank, its tier in each tier list (nil for none or undecided).
    public struct Line: Sendable {
        public var item: Item
        public var rank: Int
        public var tiers: [String?]
        /// Tied across a boundary with no decision yet: no award until the organisers decide.
        public var awaitingDecision: Bool
        public var decision: TieDecision?
    }

    /// Tied entries whose places straddle a boundary, with the tiers they straddle.
    public struct Tie: Sendable {
        public var items: [Item]
        /// 1-based places the group occupies, first and last.
        public var places: ClosedRange<Int>
        /// For each tier list, the tiers spanned in order (nil for "none"); empty for a list not straddled.
        public var spanned: [[String?]]
    }

    public var lines: [Line] = []
    public var ties: [Tie] = []
    /// The indices of the decisions this ranking applied.
    public var applied: Set<Int> = []
    /// Decisions that name some of a tied group but not all: the index and the tied entries left out.
    public var incomplete: [Int: [Item]] = [:]

    /// Ranks `items` by `key` (compared element by element, higher first).
    ///
    /// - Parameters:
    ///   - identities: the keys a `TieDecision` may name an item by.
    ///   - tiers: one or more tier lists, each given down the ranking from place 1; a tier with an
    ///     empty name covers places that get nothing from that list.
    public init(
        _ items: [Item], key: (Item) -> [Int], identities: (Item) -> Set<String>, tiers: [[AwardTier]],
        decisions: [TieDecision] = []
    ) {
        let keys = items.map(key)
        let order = items.indices.sorted {
            keys[$0] == keys[$1] ? $0 < $1 : keys[$0].lexicographicallyPrecedes(keys[$1], by: >)
        }
        let lists = tiers.map(Boundaries.init)
        var place = 0
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && keys[order[end]] == keys[order[start]] { end += 1 }
            let group = order[start..<end].map { items[$0] }
            let last = place + group.count - 1
            let straddled = lists.filter { $0.segment(place) != $0.segment(last) }
            if straddled.isEmpty {
                let names = lists.map { $0.name(at: place) }
                lines += group.map { Line(item: $0, rank: place + 1, tiers: names, awaitingDecision: false) }
            } else if let (index, ordered) = Self.decided(group, identities: identities, decisions: decisions) {
                applied.insert(index)
                for (offset, item) in ordered.enumerated() {
                    lines.append(
                        Line(
                            item: item, rank: place + offset + 1, tiers: lists.map { $0.name(at: place + offset) },
                            awaitingDecision: false, decision: decisions[index]))
                }
            } else {
                for (index, decision) in decisions.enumerated() {
                    let named = Set(decision.order.map(\.key))
                    let covered = group.filter { !identities($0).isDisjoint(with: named) }
                    if !covered.isEmpty && covered.count < group.count {
                        incomplete[index] = group.filter { identities($0).isDisjoint(with: named) }
                    }
                }
                ties.append(
                    Tie(
                        items: group, places: (place + 1)...(last + 1),
                        spanned: lists.map { list in
                            list.segment(place) == list.segment(last)
                                ? [] : (list.segment(place)...list.segment(last)).map(list.tierName)
                        }))
                lines += group.map {
                    Line(
                        item: $0, rank: place + 1,
                        tiers: lists.map { $0.segment(place) == $0.segment(last) ? $0.name(at: place) : nil },
                        awaitingDecision: true)
                }
            }
            place += group.count
            start = end
        }
    }

    /// The decision naming exactly `group`, and the group in the decided order.
    private static func decided(
        _ group: [Item], identities: (Item) -> Set<String>, decisions: [TieDecision]
    ) -> (Int, [Item])? {
        let keys = group.map(identities)
        for (index, decision) in decisions.enumerated() where decision.order.count == group.count {
            var ordered: [Int] = []
            for named in decision.order {
                guard let match = keys.indices.first(where: { keys[$0].contains(named.key) }), !ordered.contains(match)
                else { break }
                ordered.append(match)
            }
            if ordered.count == group.count { return (index, ordered.map { group[$0] }) }
        }
        return nil
    }
}

/// One tier list's boundaries as cumulative places.
private struct Boundaries {
    var ends: [Int] = []
    var names: [String?] = []

    init(_ tiers: [AwardTier]) {
        var end = 0
        for tier in tiers where tier.count > 0 {
            end += tier.count
            ends.append(end)
            names.append(tier.name.isEmpty ? nil : tier.name)
        }
    }

    /// Which tier a 0-based place falls in; `ends.count` for past the last.
    func segment(_ place: Int) -> Int { ends.firstIndex { place < $0 } ?? ends.count }

    func tierName(_ segment: Int) -> String? { segment < names.count ? names[segment] : nil }

    func name(at place: Int) -> String? { tierName(segment(place)) }
}
