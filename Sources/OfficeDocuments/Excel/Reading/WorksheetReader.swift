/// Reads one worksheet part's `sheetData`: rows and their non-empty cells, as text.
///
/// A row without `r` follows the previous row, a cell without `r` the previous cell (some writers
/// leave them out). Formulas (`f`) are ignored and their cached value (`v`) read.
struct WorksheetReader {
    private var reader: PartReader
    private let sharedStrings: [String]

    init(reader: PartReader, sharedStrings: [String]) {
        self.reader = reader
        self.sharedStrings = sharedStrings
    }

    mutating func rows() throws(OfficeDocumentError) -> [WorkbookRow] {
        var rows: [WorkbookRow] = []
        var rowNumber = 0
        while let token = try reader.next() {
            guard case .start(let tag) = token, tag.name.isSpreadsheetML, tag.name.localName == "row" else { continue }
            if let text = tag.attribute("r") {
                guard let number = Int(text), (1...CellReference.maximumRow).contains(number) else {
                    throw .badCellReference(part: reader.part, reference: text, offset: tag.offset)
                }
                rowNumber = number
            } else {
                rowNumber += 1
            }
            let cells = try self.cells(rowNumber: rowNumber)
            if !cells.isEmpty { rows.append(WorkbookRow(number: rowNumber, cells: cells)) }
        }
        return rows
    }

    /// The cells of the row whose start was just read, up to its end.
    private mutating func cells(rowNumber: Int) throws(OfficeDocumentError) -> [WorkbookCell] {
        var cells: [WorkbookCell] = []
        var column = 0
        while let token = try reader.next() {
            switch token {
            case .start(let tag):
                guard tag.name.isSpreadsheetML, tag.name.localName == "c" else {
                    try reader.skipElement()
                    continue
                }
                if let text = tag.attribute("r") {
                    guard let reference = CellReference(text) else {
                        throw .badCellReference(part: reader.part, reference: text, offset: tag.offset)
                    }
                    column = reference.column
                } else {
                    column += 1
                    guard column <= CellReference.maximumColumn else {
                        throw .badCellReference(part: reader.part, reference: "(\(column))", offset: tag.offset)
                    }
                }
                let text = try cellText(tag)
                if !text.isEmpty { cells.append(WorkbookCell(column: column, text: text)) }
            case .end: return cells
            case .text: continue
            }
        }
        return cells
    }

    /// The text of the cell whose start `tag` was just read, up to its end.
    private mutating func cellText(_ tag: XMLStartTag) throws(OfficeDocumentError) -> String {
        var value: String?
        var inline: String?
        while let token = try reader.next() {
            switch token {
            case .start(let child):
                guard child.name.isSpreadsheetML else {
                    try reader.skipElement()
                    continue
                }
                switch child.name.localName {
                case "v": value = try reader.elementText()
                case "is": inline = try SharedStringsReader.richText(&reader)
                default: try reader.skipElement()
                }
            case .end:
                return try text(type: tag.attribute("t") ?? "n", value: value, inline: inline, at: tag.offset)
            case .text: continue
            }
        }
        return ""
    }

    private func text(type: String, value: String?, inline: String?, at offset: Int) throws(OfficeDocumentError)
        -> String
    {
        switch type {
        case "s":
            guard let value else { return "" }
            let trimmed = value.trimmingSpaces
            guard let index = Int(trimmed), sharedStrings.indices.contains(index) else {
                throw .badSharedStringIndex(part: reader.part, index: trimmed, offset: offset)
            }
            return sharedStrings[index]
        case "inlineStr": return inline ?? value.map(OOXMLStringEscapes.decoded) ?? ""
        case "b":
            switch value?.trimmingSpaces {
            case "1", "true": return "TRUE"
            case "0", "false": return "FALSE"
            default: return value ?? ""
            }
        case "str", "e", "d": return OOXMLStringEscapes.decoded(value ?? "")
        default:
            guard let value else { return "" }
            return GeneralNumberFormat.text(value.trimmingSpaces)
        }
    }
}
