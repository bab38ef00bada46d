extension KeyedDecodingContainer {
    /// A configuration key that may be left out of the contest file, taking its documented default.
    func value<T: Decodable>(_ key: Key, default fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}

extension Decoder {
    /// Refuses a key the type does not know, naming it: a misspelt rule (`falseStartPenalty`) must not
    /// silently fall back to its default on the day.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        let known = Set(keys.allCases.map(\.stringValue))
        let container = try container(keyedBy: AnyCodingKey.self)
        guard let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) else {
            return
        }
        let expected = keys.allCases.map(\.stringValue).joined(separator: ", ")
        throw DecodingError.dataCorrupted(
            DecodingError.Context(
                codingPath: codingPath + [AnyCodingKey(stringValue: unknown)],
                debugDescription:
                    "未知的配置项“\(unknown)”，可用的有：\(expected) (unknown key '\(unknown)'; expected one of: \(expected))"
            ))
    }
}

/// Any key of a JSON object, for listing the keys a type does not know.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
