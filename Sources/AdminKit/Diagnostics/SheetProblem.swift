import QuestionBank

/// A command's problems that include the two every sheet can have: no header row, a column missing.
///
/// With these, `RecordSheet.open` reports opening a sheet the same way for every command.
public protocol SheetProblem: AdminProblem {
    associatedtype Column: TableColumn
    static var noHeader: Self { get }
    static func missingColumn(_ column: Column) -> Self
}

extension RecordSheet {
    /// The sheet with its header found, and whether it has every `required` column.
    ///
    /// The table's reading problems, a missing header and each missing column (at the header row)
    /// are appended to `diagnostics`; the sheet is nil only when no header row was found.
    static func open<Kind: SheetProblem>(
        _ table: TableReader.Result, file: String, required: [Column], into diagnostics: inout [AdminDiagnostic<Kind>]
    ) -> (sheet: RecordSheet?, isComplete: Bool) where Kind.Column == Column {
        diagnostics += table.diagnostics.map(AdminDiagnostic.init(reading:))
        guard !table.sheets.isEmpty else { return (nil, false) }
        guard let sheet = RecordSheet(table.sheets) else {
            diagnostics.append(AdminDiagnostic(file: file, location: nil, problem: .noHeader))
            return (nil, false)
        }
        let missing = sheet.missing(required)
        diagnostics += missing.map {
            AdminDiagnostic(file: file, location: sheet.headerLocation, problem: .missingColumn($0))
        }
        return (sheet, missing.isEmpty)
    }
}
