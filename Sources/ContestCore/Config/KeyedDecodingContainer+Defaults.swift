extension KeyedDecodingContainer {
    /// A configuration key that may be left out of the contest file, taking its documented default.
    func value<T: Decodable>(_ key: Key, default fallback: T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback
    }
}
