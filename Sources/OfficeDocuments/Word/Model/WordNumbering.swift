/// The automatic number or bullet Word draws before a list paragraph, rendered as text.
public struct WordNumbering: Sendable, Hashable {
    /// `w:numId`: the list instance; counters run per instance.
    public let numberingID: Int
    /// `w:ilvl`, 0 for the outermost level.
    public let level: Int
    /// The label as Word shows it: "1.", "（3）", "二、", "A)", or the bullet character.
    public let label: String
    /// The level's `w:numFmt` ("decimal", "bullet", "chineseCounting", …).
    public let format: String

    public init(numberingID: Int, level: Int, label: String, format: String) {
        self.numberingID = numberingID
        self.level = level
        self.label = label
        self.format = format
    }
}
