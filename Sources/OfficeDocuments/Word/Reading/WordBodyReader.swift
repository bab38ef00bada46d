/// Walks `word/document.xml` once, turning its runs into paragraphs and tables.
///
/// Elements are either handled (paragraphs, tables, text, tabs, breaks, fields), skipped with their
/// content (deleted and moved-away text, drawings and text boxes, properties, the `mc:Fallback` of
/// alternate content), or passed through so their children are read (runs, hyperlinks, inserted
/// text, content controls, smart tags, custom XML, the chosen `mc:Choice`).
struct WordBodyReader {
    /// Word elements skipped with everything inside them.
    static let skipped: Set<String> = [
        "del", "moveFrom", "delText", "delInstrText", "drawing", "pict", "object", "txbxContent", "rPr", "sectPr",
        "tblPr", "tblGrid", "tblPrEx", "sdtPr", "sdtEndPr", "commentReference", "footnoteReference",
        "endnoteReference", "customXmlPr", "smartTagPr", "fldData", "rt", "background", "control",
    ]
    /// Fields whose result is a page number or count: meaningless outside the printed layout.
    static let pageFields: Set<String> = ["PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF", "SECTION"]

    /// A complex field (`w:fldChar` begin … separate … end) being read.
    private struct Field {
        var instruction = ""
        var isInResult = false
        var hidesResult = false
    }

    private var reader: PartReader
    private let styles: WordStyleSheet
    private var counter: WordListCounter
    private var blocks: [WordBlock] = []
    private var paragraphCount = 0
    private var paragraphs: [WordParagraphBuilder] = []
    private var tables: [WordTableBuilder] = []
    private var fields: [Field] = []
    /// False inside a field's instruction or a page-number field's result.
    private var showsText = true
    /// For each open `mc:AlternateContent`: whether one of its branches has been taken.
    private var alternates: [Bool] = []

    init(reader: PartReader, styles: WordStyleSheet, numbering: WordNumberingDefinitions) {
        self.reader = reader
        self.styles = styles
        counter = WordListCounter(definitions: numbering)
    }

    /// Reads the whole part; refuses one whose root is not `w:document`.
    mutating func read() throws(OfficeDocumentError) -> [WordBlock] {
        var sawRoot = false
        while let token = try reader.next() {
            switch token {
            case .start(let tag):
                if !sawRoot {
                    sawRoot = true
                    guard tag.name.localName == "document" && tag.name.isWordprocessingML else {
                        throw .unexpectedRoot(part: reader.part, found: tag.name.qualifiedName, expected: "w:document")
                    }
                }
                try start(tag)
            case .end(let name): end(name)
            case .text: continue
            }
        }
        return blocks
    }

    private mutating func start(_ tag: XMLStartTag) throws(OfficeDocumentError) {
        let name = tag.name
        if name.isMarkupCompatibility {
            return try startAlternative(tag)
        }
        if name.isMath {
            return try reader.skipElement()
        }
        guard name.isWordprocessingML else { return }
        let localName = name.localName
        if Self.skipped.contains(localName) {
            return try reader.skipElement()
        }
        switch localName {
        case "p":
            paragraphCount += 1
            paragraphs.append(WordParagraphBuilder(number: paragraphCount))
        case "pPr":
            let properties = try reader.descendants(of: tag)
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].apply(properties: properties) }
        case "t":
            let text = try reader.elementText()
            append(text)
        case "instrText":
            let text = try reader.elementText()
            if !fields.isEmpty && !fields[fields.count - 1].isInResult { fields[fields.count - 1].instruction += text }
        case "tab", "ptab": append("\t")
        case "noBreakHyphen": append("-")
        case "br", "cr":
            if showsText && !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].breakLine() }
        case "fldChar": fieldCharacter(tag.attribute("fldCharType"))
        case "fldSimple":
            if Self.isPageField(tag.attribute("instr") ?? "") { try reader.skipElement() }
        case "tbl": tables.append(WordTableBuilder())
        case "tr": if !tables.isEmpty { tables[tables.count - 1].startRow() }
        case "trPr":
            let properties = try reader.descendants(of: tag)
            for (parent, child) in properties where parent == "trPr" && child.name.localName == "gridBefore" {
                if !tables.isEmpty {
                    tables[tables.count - 1].skipColumns(child.attribute("val").flatMap { Int($0) } ?? 0)
                }
            }
        case "tc": if !tables.isEmpty { tables[tables.count - 1].startCell() }
        case "tcPr":
            let properties = try reader.descendants(of: tag)
            if !tables.isEmpty { tables[tables.count - 1].apply(properties: properties) }
        default: return
        }
    }

    private mutating func end(_ name: XMLName) {
        if name.isMarkupCompatibility && name.localName == "AlternateContent" {
            _ = alternates.popLast()
            return
        }
        guard name.isWordprocessingML else { return }
        switch name.localName {
        case "p":
            guard let builder = paragraphs.popLast() else { return }
            add(builder.paragraph(styles: styles, counter: &counter))
        case "tc": if !tables.isEmpty { tables[tables.count - 1].finishCell() }
        case "tr": if !tables.isEmpty { tables[tables.count - 1].finishRow() }
        case "tbl":
            guard var builder = tables.popLast() else { return }
            let table = builder.table()
            guard !tables.isEmpty else { return blocks.append(.table(table)) }
            // A nested table: its paragraphs join the enclosing cell, row by row, cell by cell.
            for row in table.rows {
                for cell in row.cells {
                    for paragraph in cell.paragraphs { tables[tables.count - 1].add(paragraph) }
                }
            }
        default: return
        }
    }

    /// `mc:AlternateContent`: the first `mc:Choice` is read, later ones and `mc:Fallback` skipped.
    private mutating func startAlternative(_ tag: XMLStartTag) throws(OfficeDocumentError) {
        switch tag.name.localName {
        case "AlternateContent": alternates.append(false)
        case "Choice" where alternates.last == false: alternates[alternates.count - 1] = true
        default: try reader.skipElement()
        }
    }

    private mutating func fieldCharacter(_ type: String?) {
        switch type {
        case "begin": fields.append(Field())
        case "separate":
            guard !fields.isEmpty else { return }
            fields[fields.count - 1].isInResult = true
            fields[fields.count - 1].hidesResult = Self.isPageField(fields[fields.count - 1].instruction)
        case "end": _ = fields.popLast()
        default: return
        }
        showsText = fields.allSatisfy { $0.isInResult && !$0.hidesResult }
    }

    static func isPageField(_ instruction: String) -> Bool {
        let keyword = instruction.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first
        return keyword.map { pageFields.contains($0.uppercased()) } ?? false
    }

    private mutating func append(_ text: String) {
        guard showsText, !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].line += text
    }

    private mutating func add(_ paragraph: WordParagraph) {
        if tables.isEmpty {
            blocks.append(.paragraph(paragraph))
        } else {
            tables[tables.count - 1].add(paragraph)
        }
    }
}
