import OfficeDocuments

/// A Word table laid out as a bank (a header row naming the stem and answer columns) as records.
///
/// Cells sit at their grid columns: a cell spanning two columns is followed by an empty one, and a
/// cell continuing a vertical merge is empty, so every value stays under its header.
enum WordTableRecords {
    static func records(of table: WordTable, in layout: WordLayout) -> [CSVRecord]? {
        let headerTexts = table.rows.prefix(CSVBankReader.maximumTitleRows + 1).map { row in
            CSVRecord(cells: row.cells.map { CSVCell(text: $0.text, offset: 0) }, offset: 0)
        }
        guard CSVBankReader.findsHeader(in: headerTexts, typeGiven: true) else { return nil }
        return table.rows.map { row in
            var cells: [CSVCell] = []
            let start = layout.bytes.count
            // Filled only as far as a bank can reach, so a span of thousands costs nothing.
            let limit = WorkbookLayout.maximumColumns
            for cell in row.cells {
                while cells.count < min(cell.column, limit) { cells.append(layout.appendCell([])) }
                cells.append(layout.appendCell(cell.continuesVerticalMerge ? [] : cell.paragraphs))
                for _ in 1..<max(min(cell.columnSpan, limit - cells.count + 1), 1) {
                    cells.append(layout.appendCell([]))
                }
            }
            return CSVRecord(cells: cells, offset: start)
        }
    }
}
