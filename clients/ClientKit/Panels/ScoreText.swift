import ContestCore

/// Score changes and seconds as the consoles print them; totals print as `Points.description`.
public enum ScoreText {
    /// `+10`, `-2.5`, `±0` for a change: a change of nothing still says it is a change.
    public static func signed(_ value: Points) -> String {
        value == .zero ? "±0" : value.signedDescription
    }

    /// Whole seconds left, rounded up so "0" means the time is really over.
    public static func seconds(_ micros: Int64) -> Int {
        micros <= 0 ? 0 : Int((micros + 999_999) / 1_000_000)
    }
}
