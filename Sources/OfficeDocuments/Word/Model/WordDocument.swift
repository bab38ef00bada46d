/// The text of a Word document's body in document order, as a question-layout parser needs it.
///
/// Only the body is read: headers, footers, footnotes, comments, deleted text, field codes, page
/// numbers and text boxes are left out (see `WordDocumentReader` for the exact rules).
public struct WordDocument: Sendable, Hashable {
    public let blocks: [WordBlock]

    public init(blocks: [WordBlock]) {
        self.blocks = blocks
    }

    /// Every paragraph, those in table cells included, in document order (by `number`).
    public var paragraphs: [WordParagraph] {
        var all: [WordParagraph] = []
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): all.append(paragraph)
            case .table(let table):
                for row in table.rows {
                    for cell in row.cells { all.append(contentsOf: cell.paragraphs) }
                }
            }
        }
        return all
    }
}
