/// A table being read: finished rows, the row and cell in progress, and the grid column reached.
struct WordTableBuilder {
    private(set) var rows: [WordTableRow] = []
    private var cells: [WordTableCell] = []
    private var isInRow = false
    private var nextColumn = 0
    private var cell: (column: Int, span: Int, continuesMerge: Bool, paragraphs: [WordParagraph])?

    mutating func startRow() {
        finishRow()
        isInRow = true
    }

    /// `w:gridBefore`: the row's first cell starts this many grid columns in.
    mutating func skipColumns(_ count: Int) {
        if cells.isEmpty && cell == nil { nextColumn = max(0, min(count, 1 << 16)) }
    }

    mutating func startCell() {
        finishCell()
        if !isInRow { startRow() }
        cell = (nextColumn, 1, false, [])
    }

    /// What `w:tcPr` says: the grid columns spanned and whether the cell continues a vertical merge.
    mutating func apply(properties: [(parent: String, tag: XMLStartTag)]) {
        guard cell != nil else { return }
        for (parent, tag) in properties where parent == "tcPr" && tag.name.isWordprocessingML {
            switch tag.name.localName {
            case "gridSpan": cell?.span = max(1, min(tag.attribute("val").flatMap { Int($0) } ?? 1, 1 << 16))
            case "vMerge": cell?.continuesMerge = tag.attribute("val").map { $0 != "restart" } ?? true
            default: continue
            }
        }
    }

    /// Adds a paragraph to the cell in progress (starting one if a broken file has none).
    mutating func add(_ paragraph: WordParagraph) {
        if cell == nil { startCell() }
        cell?.paragraphs.append(paragraph)
    }

    mutating func finishCell() {
        guard let cell else { return }
        cells.append(
            WordTableCell(
                column: cell.column, columnSpan: cell.span, continuesVerticalMerge: cell.continuesMerge,
                paragraphs: cell.continuesMerge ? [] : cell.paragraphs))
        nextColumn = cell.column + cell.span
        self.cell = nil
    }

    mutating func finishRow() {
        finishCell()
        guard isInRow else { return }
        rows.append(WordTableRow(cells: cells))
        cells = []
        nextColumn = 0
        isInRow = false
    }

    /// The finished table.
    mutating func table() -> WordTable {
        finishRow()
        return WordTable(rows: rows)
    }
}
