import ContestCore
import OfficeDocuments

/// A Word document laid out as the text the bank readers parse, and the way back to its paragraphs.
///
/// Body paragraphs become paper lines, one per line of the paragraph (soft breaks included), with
/// Word's automatic number as an item mark; a table with a bank header row (题型/题干/选项/答案)
/// becomes spreadsheet records; any other table is read cell by cell as paper lines. The text
/// shows automatic numbers as Word does (`12. 下列…`), so a preview reads like the document. A
/// diagnostic's offset maps back to `¶N 「first characters」`, paragraphs counted as the body holds
/// them, table cells included.
final class WordLayout: SourceLocator {
    private(set) var bytes: [UInt8] = []
    private(set) var lines: [PaperLine] = []
    private(set) var tables: [(records: [CSVRecord], sheetType: Located<String>?)] = []
    private var starts: [(offset: Int, number: Int, excerpt: String)] = []
    /// The type the latest section heading named, for a table without a type column.
    private var sectionType: Located<String>?

    init(_ document: WordDocument) {
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): addParagraph(paragraph)
            case .table(let table):
                if let records = WordTableRecords.records(of: table, in: self) {
                    tables.append((records, sectionType))
                } else {
                    for row in table.rows { for cell in row.cells { cell.paragraphs.forEach(addParagraph) } }
                }
            }
        }
    }

    func location(at offset: Int) -> SourceLocation {
        guard !starts.isEmpty else { return .paragraph(number: 1, excerpt: "") }
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        return .paragraph(number: starts[low].number, excerpt: starts[low].excerpt)
    }

    private func addParagraph(_ paragraph: WordParagraph) {
        let mark = Self.mark(paragraph)
        starts.append((bytes.count, paragraph.number, Self.excerpt(paragraph)))
        if let label = mark?.label { bytes.append(contentsOf: (label + " ").utf8) }
        for (index, line) in paragraph.lines.enumerated() {
            lines.append(PaperLine(text: line, offset: bytes.count, item: index == 0 ? mark : nil))
            if index == 0, let type = Self.sectionType(line) {
                sectionType = Located(value: type.chineseName, offset: bytes.count)
            }
            bytes.append(contentsOf: line.utf8)
            bytes.append(0x0A)
        }
        if paragraph.lines.isEmpty { bytes.append(0x0A) }
    }

    /// Appends a table cell, its paragraphs on lines of their own, and returns it as a record cell.
    func appendCell(_ paragraphs: [WordParagraph]) -> CSVCell {
        let start = bytes.count
        var texts: [String] = []
        for paragraph in paragraphs {
            starts.append((bytes.count, paragraph.number, Self.excerpt(paragraph)))
            let label = Self.mark(paragraph)?.label.map { $0 + " " } ?? ""
            let text = label + paragraph.lines.joined(separator: "\n")
            texts.append(text)
            bytes.append(contentsOf: text.utf8)
            bytes.append(0x0A)
        }
        if paragraphs.isEmpty { bytes.append(0x0A) }
        return CSVCell(text: texts.joined(separator: "\n"), offset: start)
    }

    /// The type a section heading names (`二、单项选择题`), for the bank table under it.
    private static func sectionType(_ line: String) -> QuestionType? {
        let text = PaperText(line, offset: 0)
        let range = text.trimmed(0..<text.count)
        guard !range.isEmpty, case .section(.typed(let type)) = PaperHeading.parse(text, from: range.lowerBound)?.role
        else { return nil }
        return type
    }

    /// Word's automatic number on a paragraph, unless it is a bullet (which numbers nothing).
    private static func mark(_ paragraph: WordParagraph) -> PaperItemMark? {
        guard let numbering = paragraph.numbering, numbering.format != "bullet", numbering.format != "none" else {
            return nil
        }
        return PaperItemMark(label: numbering.label.isEmpty ? nil : numbering.label, level: numbering.level)
    }

    /// The first characters of a paragraph, enough to find it with Word's search.
    static func excerpt(_ paragraph: WordParagraph) -> String {
        let text = Spellings.trimmed(paragraph.lines.joined(separator: " "))
        let limit = 12
        return text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}
