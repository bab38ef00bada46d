/// One paragraph: its text split into lines, its list label and its style.
///
/// `number` is the paragraph's place among all the body's paragraphs, table cells included,
/// counting from 1 — the ¶ number a diagnostic can point an organiser to.
public struct WordParagraph: Sendable, Hashable {
    public let number: Int
    /// The text, split where Word breaks the line (`w:br` of any type, `w:cr`); at least one line,
    /// "" for an empty paragraph. Tabs are "\t".
    public let lines: [String]
    /// The automatic list label, when the paragraph is numbered directly or through its style.
    public let numbering: WordNumbering?
    /// The paragraph style id (`w:pStyle`), nil for the default style.
    public let style: String?
    /// The style's name from `styles.xml` ("heading 1"), which stays English when the id is localised.
    public let styleName: String?
    /// The outline level, 0 for a top-level heading, from the paragraph or its style; nil for body text.
    public let outlineLevel: Int?

    public init(
        number: Int, lines: [String], numbering: WordNumbering? = nil, style: String? = nil, styleName: String? = nil,
        outlineLevel: Int? = nil
    ) {
        self.number = number
        self.lines = lines
        self.numbering = numbering
        self.style = style
        self.styleName = styleName
        self.outlineLevel = outlineLevel
    }

    /// The lines joined with "\n".
    public var text: String { lines.joined(separator: "\n") }
}
