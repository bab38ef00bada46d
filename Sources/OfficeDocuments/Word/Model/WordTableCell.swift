/// One cell, placed on the table's grid so merged cells keep the columns right.
///
/// A cell spanning columns (`w:gridSpan`) starts at `column` and covers `columnSpan` grid columns;
/// the next cell starts after them. A cell continuing a vertical merge (`w:vMerge` without
/// `restart`) is empty here: its text belongs to the cell above that started the merge.
public struct WordTableCell: Sendable, Hashable {
    /// The first grid column, from 0 (after any `w:gridBefore` of the row).
    public let column: Int
    public let columnSpan: Int
    public let continuesVerticalMerge: Bool
    /// The cell's paragraphs, then those of tables nested in it, in document order.
    public let paragraphs: [WordParagraph]

    public init(column: Int, columnSpan: Int = 1, continuesVerticalMerge: Bool = false, paragraphs: [WordParagraph]) {
        self.column = column
        self.columnSpan = columnSpan
        self.continuesVerticalMerge = continuesVerticalMerge
        self.paragraphs = paragraphs
    }

    /// The paragraphs' text joined with "\n".
    public var text: String { paragraphs.map(\.text).joined(separator: "\n") }
}
