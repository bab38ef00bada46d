import ContestCore

/// Reads an Excel CSV or TSV export, header row first, then one question per row, validating each row.
///
/// Title rows above the header, as many templates have, are skipped: the header is the first row
/// that names the type, stem and answer columns. Blank rows (Excel keeps them, often as a row of
/// empty cells) are skipped. Without an id column the questions are numbered `Q0001`, `Q0002`, …
/// in row order, so the bank can still be converted. Options come one per column (选项A…) or all in
/// one 选项 cell (`A.对 B.错`, or one per line), as Word tables and some templates hold them.
///
/// A workbook's sheets are read one after another into one validator, so an id used on two sheets
/// is a duplicate; a sheet named after a type (单选, 判断题…) gives that type to rows without one.
enum CSVBankReader {
    static func read(_ records: [CSVRecord], collector: inout DiagnosticCollector) -> [Question] {
        var validator = BankValidator(expectedCount: records.count)
        read(records, sheetType: nil, into: &validator, collector: &collector)
        return validator.questions
    }

    /// Reads one sheet; `sheetType` is the type its name gives, with where the sheet starts.
    static func read(
        _ records: [CSVRecord], sheetType: Located<String>?, into validator: inout BankValidator,
        collector: inout DiagnosticCollector
    ) {
        let isHeader = { (record: CSVRecord) in Self.isHeader(record, typeGiven: sheetType != nil) }
        var rows = records.lazy.filter { !isBlank($0) }.makeIterator()
        var preamble: [CSVRecord] = []
        while preamble.count < maximumTitleRows, let row = rows.next() {
            preamble.append(row)
            if isHeader(row) { break }
        }
        guard let first = preamble.first else {
            if sheetType == nil { collector.report(.emptyFile, at: 0) }
            return
        }
        let header: CSVRecord
        if let last = preamble.last, isHeader(last) {
            header = last
        } else {
            header = first
            rows = records.lazy.filter { !isBlank($0) }.makeIterator()
            _ = rows.next()
        }
        var columns: [CSVColumn?] = []
        var seen: Set<CSVColumn> = []
        for cell in header.cells {
            let text = Spellings.trimmed(cell.text)
            guard !text.isEmpty else {
                columns.append(nil)
                continue
            }
            guard let column = CSVColumns.column(for: text) else {
                collector.report(.unknownColumn(text), at: cell.offset)
                columns.append(nil)
                continue
            }
            if !seen.insert(column).inserted {
                collector.report(.duplicateColumn(text), at: cell.offset)
                columns.append(nil)
                continue
            }
            columns.append(column)
        }
        var missingRequired = false
        for field in [BankField.type, .stem, .answer] where !seen.contains(.field(field)) {
            if field == .type && sheetType != nil { continue }
            collector.report(.missingColumn(field), at: header.offset)
            missingRequired = true
        }
        let hasDifficulty = seen.contains(.field(.difficulty))
        if !hasDifficulty { collector.report(.missingDifficulty, at: header.offset) }
        guard !missingRequired else { return }
        let hasID = seen.contains(.field(.id))
        let optionColumns = columns.enumerated().compactMap { position, column -> (letter: Int, position: Int)? in
            if case .option(let letter) = column { return (letter, position) }
            return nil
        }.sorted { $0.letter < $1.letter }
        let combinedOptions = columns.firstIndex(of: .field(.options))

        while let row = rows.next() {
            if row.isUnterminated { continue }
            var draft = QuestionDraft(offset: row.offset)
            draft.splitsFillText = true
            draft.reportsMissingDifficulty = hasDifficulty
            // Numbered across sheets, so two sheets without ids still give distinct ones.
            if !hasID { draft.fallbackID = "Q" + zeroPadded(validator.draftCount + 1) }
            fill(&draft, from: row, columns: columns, &collector)
            if let sheetType, draft.type.map({ Spellings.trimmed($0.value).isEmpty }) ?? true { draft.type = sheetType }
            var options = optionColumns.map { column -> Located<String> in
                let cell = column.position < row.cells.count ? row.cells[column.position] : nil
                return Located(value: cell?.text ?? "", offset: cell?.offset ?? row.offset)
            }
            while let last = options.last, Spellings.trimmed(last.value).isEmpty { options.removeLast() }
            draft.options = options
            let firstOption = optionColumns.first.flatMap { $0.position < row.cells.count ? $0.position : nil }
            draft.optionsOffset = firstOption.map { row.cells[$0].offset } ?? row.offset
            if options.isEmpty, let combinedOptions, combinedOptions < row.cells.count {
                draft.options = CombinedOptions.split(row.cells[combinedOptions])
                draft.optionsOffset = row.cells[combinedOptions].offset
            }
            validator.add(draft, collector: &collector)
        }
    }

    private static func fill(
        _ draft: inout QuestionDraft, from row: CSVRecord, columns: [CSVColumn?], _ collector: inout DiagnosticCollector
    ) {
        for (position, cell) in row.cells.enumerated() {
            guard position < columns.count else {
                let extra = row.cells[position...].filter { !Spellings.trimmed($0.text).isEmpty }
                if let first = extra.first {
                    collector.report(.extraCells(extra.count), at: first.offset)
                    draft.hasReaderError = true
                }
                return
            }
            guard case .field(let field) = columns[position] else { continue }
            let located = Located(value: cell.text, offset: cell.offset)
            switch field {
            case .id: draft.id = located
            case .type: draft.type = located
            case .stem: draft.stem = located
            case .answer: draft.answer = Located(value: .text(cell.text), offset: cell.offset)
            case .category: draft.category = cell.text
            case .difficulty: draft.difficulty = located
            case .points: draft.points = located
            case .explanation: draft.explanation = cell.text
            case .source: draft.source = cell.text
            case .options: continue
            }
        }
    }

    /// How many rows above the header a sheet may use for a title ("2024 年题库", a date, a note).
    static let maximumTitleRows = 5

    /// Whether one of the first rows is a header row: a Word table or a sheet may hold no bank at all.
    static func findsHeader(in records: [CSVRecord], typeGiven: Bool) -> Bool {
        records.lazy.filter { !isBlank($0) }.prefix(maximumTitleRows).contains { isHeader($0, typeGiven: typeGiven) }
    }

    /// Whether a row names the type (unless the sheet's name gives it), stem and answer columns, and
    /// so is the header row.
    private static func isHeader(_ record: CSVRecord, typeGiven: Bool) -> Bool {
        var found: Set<BankField> = []
        for cell in record.cells {
            if case .field(let field) = CSVColumns.column(for: Spellings.trimmed(cell.text)) { found.insert(field) }
        }
        return found.isSuperset(of: typeGiven ? [.stem, .answer] : [.type, .stem, .answer])
    }

    private static func isBlank(_ record: CSVRecord) -> Bool {
        record.cells.allSatisfy { Spellings.trimmed($0.text).isEmpty }
    }

    private static func zeroPadded(_ number: Int) -> String {
        let digits = String(number)
        return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }
}
