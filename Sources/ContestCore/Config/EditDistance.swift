/// How many single-character insertions, deletions and substitutions turn one key into another,
/// ignoring ASCII case: what "did you mean …?" needs to find the key a typo was meant to be.
public enum EditDistance {
    public static func between(_ first: String, _ second: String) -> Int {
        let a = Array(first.lowercased())
        let b = Array(second.lowercased())
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, right) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The candidate closest to `key`, the first listed on a tie; nil when even the closest differs
    /// in more than half of its characters, so an unrelated key gets no suggestion.
    public static func nearest(to key: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: between(key, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }),
            best.distance <= max(key.count, best.candidate.count) / 2
        else { return nil }
        return best.candidate
    }
}
