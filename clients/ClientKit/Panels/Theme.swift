/// The consoles' few styles, so the same thing looks the same on every screen.
///
/// Meaning never rests on colour alone: every styled state also has a word or a mark (▶, ✓, ✗,
/// 犯规), because `NO_COLOR` and dumb terminals drop the colour.
public enum Theme {
    public static let title = Style.bold
    public static let heading = Style.fg(.cyan).bolded()
    public static let dim = Style().dimmed()
    public static let good = Style.fg(.green).bolded()
    public static let bad = Style.fg(.red).bolded()
    public static let alert = Style.fg(.yellow).bolded()
    /// The team's own row or the team holding the right to answer.
    public static let highlight = Style.fg(.black).bg(.yellow).bolded()
    public static let key = Style.fg(.cyan).bolded()
    public static let answer = Style.fg(.green).bolded()
}
