/// A plain text table, columns padded to their widest cell, so figures line up in a terminal log.
struct ReportTable {
    let title: String
    let columns: [String]
    private(set) var rows: [[String]] = []
    private(set) var notes: [String] = []

    init(_ title: String, columns: [String]) {
        self.title = title
        self.columns = columns
    }

    mutating func add(_ cells: [String]) { rows.append(cells) }

    mutating func note(_ line: String) { notes.append(line) }

    /// The table as lines: title, header, rule, rows (first column left-aligned, others right), notes.
    func render() -> String {
        let all = [columns] + rows
        let widths = columns.indices.map { column in
            all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            columns.indices.map { column in
                let cell = column < cells.count ? cells[column] : ""
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        let rule = String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1))
        return ([title, line(columns), rule] + rows.map(line) + notes.map { "  " + $0 }).joined(separator: "\n")
    }
}
