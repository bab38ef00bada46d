/// The essay rule: the mean of the judges' scores, dropping one highest and one lowest from a
/// panel of `trimFrom` judges or more.
public enum TrimmedMean {
    /// Rounded half away from zero to hundredths, in integers, so every replay agrees.
    public static func of(_ scores: [Points], trimFrom: Int) -> Points {
        guard !scores.isEmpty else { return .zero }
        var kept = scores.map(\.hundredths).sorted()
        if kept.count >= max(3, trimFrom) {
            kept.removeFirst()
            kept.removeLast()
        }
        let sum = kept.reduce(0, +)
        let count = kept.count
        let rounded = sum >= 0 ? (2 * sum + count) / (2 * count) : -((-2 * sum + count) / (2 * count))
        return Points(hundredths: rounded)
    }
}
