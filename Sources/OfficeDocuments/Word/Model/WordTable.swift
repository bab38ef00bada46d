/// A table of the body; tables nested in its cells are flattened into those cells' paragraphs.
public struct WordTable: Sendable, Hashable {
    public let rows: [WordTableRow]

    public init(rows: [WordTableRow]) {
        self.rows = rows
    }
}
