/// One block of the body: a paragraph, or a table with paragraphs in its cells.
public enum WordBlock: Sendable, Hashable {
    case paragraph(WordParagraph)
    case table(WordTable)
}
