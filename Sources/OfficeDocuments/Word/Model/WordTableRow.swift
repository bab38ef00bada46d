/// One row of a table: one cell per `w:tc`, each knowing the grid column it starts at.
public struct WordTableRow: Sendable, Hashable {
    public let cells: [WordTableCell]

    public init(cells: [WordTableCell]) {
        self.cells = cells
    }
}
