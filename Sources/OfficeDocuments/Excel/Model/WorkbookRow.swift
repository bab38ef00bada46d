/// One row of a sheet: its number as Excel shows it (from 1) and its non-empty cells.
public struct WorkbookRow: Sendable, Hashable {
    public let number: Int
    public let cells: [WorkbookCell]

    public init(number: Int, cells: [WorkbookCell]) {
        self.number = number
        self.cells = cells
    }
}
