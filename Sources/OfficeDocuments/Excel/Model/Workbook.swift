/// The text of an Excel workbook's cells, sheet by sheet in the workbook's order.
public struct Workbook: Sendable, Hashable {
    public let sheets: [WorkbookSheet]

    public init(sheets: [WorkbookSheet]) {
        self.sheets = sheets
    }
}
