/// Walks a contest file that has already decoded, noting every key no setting has, with its path.
///
/// A separate pass rather than a side effect of decoding, so the configuration types stay plain
/// values and the warnings come back as a value too. Each place takes its known keys from the
/// `CodingKeys` of the type decoded there, so a new setting is known here as soon as it exists.
struct UnknownKeyScan {
    private(set) var warnings: [ConfigWarning] = []

    typealias Object = KeyedDecodingContainer<AnyCodingKey>

    mutating func contest(_ decoder: any Decoder) throws {
        let root = try object(
            decoder.container(keyedBy: AnyCodingKey.self), at: "", known: ContestConfig.CodingKeys.self)
        try each(root, "teams") { scan, team, path in
            let object = try scan.object(team, at: path, known: TeamConfig.CodingKeys.self)
            try scan.each(object, "players", at: path) { scan, player, path in
                _ = try scan.object(player, at: path, known: PlayerConfig.CodingKeys.self)
            }
        }
        try each(root, "judges") { scan, judge, path in
            _ = try scan.object(judge, at: path, known: JudgeConfig.CodingKeys.self)
        }
        try each(root, "awards") { scan, award, path in
            _ = try scan.object(award, at: path, known: AwardTier.CodingKeys.self)
        }
        try each(root, "segments") { scan, segment, path in try scan.segment(segment, at: path) }
    }

    private mutating func segment(_ container: Object, at path: String) throws {
        let segment = try object(container, at: path, known: SegmentConfig.CodingKeys.self)
        if let draw = try nested(segment, "draw") {
            _ = try object(draw, at: path + ".draw", known: DrawFilter.CodingKeys.self)
        }
        guard let rules = try nested(segment, "rules") else { return }
        let at = path + ".rules"
        switch try segment.decode(SegmentKind.self, forKey: AnyCodingKey(stringValue: "kind")) {
        case .speed: _ = try object(rules, at: at, known: SpeedRules.CodingKeys.self)
        case .buzz, .tieBreak: _ = try object(rules, at: at, known: BuzzRules.CodingKeys.self)
        case .relay: _ = try object(rules, at: at, known: RelayRules.CodingKeys.self)
        case .essay: _ = try object(rules, at: at, known: EssayRules.CodingKeys.self)
        case .risk:
            let risk = try object(rules, at: at, known: RiskRules.CodingKeys.self)
            try each(risk, "tiers", at: at) { scan, tier, path in
                _ = try scan.object(tier, at: path, known: RiskTier.CodingKeys.self)
            }
        }
    }

    /// Notes the keys of `container` that `known` lacks; returns the container to walk on.
    private mutating func object<Keys: CodingKey & CaseIterable>(_ container: Object, at path: String, known: Keys.Type)
        throws -> Object
    {
        let names = Keys.allCases.map(\.stringValue)
        for key in container.allKeys.map(\.stringValue).sorted() where !names.contains(key) {
            let place = path.isEmpty ? key : "\(path).\(key)"
            warnings.append(
                ConfigWarning(
                    path: place, key: key, suggestion: EditDistance.nearest(to: key, among: names), known: names))
        }
        return container
    }

    /// The object under `key`, or nil when it is absent or null.
    private func nested(_ container: Object, _ key: String) throws -> Object? {
        let key = AnyCodingKey(stringValue: key)
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        return try container.nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
    }

    /// Calls `body` for every object in the array under `key`, with its path (`teams[2]`).
    private mutating func each(
        _ container: Object, _ key: String, at path: String = "",
        _ body: (inout UnknownKeyScan, Object, String) throws -> Void
    ) throws {
        let codingKey = AnyCodingKey(stringValue: key)
        guard container.contains(codingKey), try !container.decodeNil(forKey: codingKey) else { return }
        var array = try container.nestedUnkeyedContainer(forKey: codingKey)
        let base = path.isEmpty ? key : "\(path).\(key)"
        while !array.isAtEnd {
            let index = array.currentIndex
            try body(&self, try array.nestedContainer(keyedBy: AnyCodingKey.self), "\(base)[\(index)]")
        }
    }
}
