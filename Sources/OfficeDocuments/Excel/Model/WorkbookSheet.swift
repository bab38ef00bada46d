/// One worksheet: its tab name and its non-empty rows.
public struct WorkbookSheet: Sendable, Hashable {
    public let name: String
    /// Hidden or "very hidden" in Excel: read all the same, so a caller can decide (or warn).
    public let isHidden: Bool
    /// Rows with at least one non-empty cell, in the order the sheet stores them (ascending).
    public let rows: [WorkbookRow]

    public init(name: String, isHidden: Bool = false, rows: [WorkbookRow]) {
        self.name = name
        self.isHidden = isHidden
        self.rows = rows
    }
}
