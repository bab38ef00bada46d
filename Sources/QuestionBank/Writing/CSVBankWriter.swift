import ContestCore
import Foundation

/// Writes a bank as CSV or TSV that Excel opens correctly and this loader reads back unchanged.
///
/// The text is UTF-8 with a byte-order mark, without which Excel on a Chinese system would read it
/// as GB18030 and garble every character. Cells are quoted only when they hold the separator, a
/// quote or a line break; lines end in CRLF, as Excel writes them.
public enum CSVBankWriter {
    public static func write(_ bank: Bank, delimiter: Character = ",", headerLanguage: Language = .chinese) -> [UInt8] {
        var output = "\u{FEFF}"
        for row in rows(bank, headerLanguage: headerLanguage) { appendRow(row, delimiter: delimiter, to: &output) }
        return Array(output.utf8)
    }

    /// The header and one row per question, as cells: the layout CSV, TSV and `.xlsx` share.
    static func rows(_ bank: Bank, headerLanguage: Language) -> [[String]] {
        let optionCount = bank.questions.map(\.options.count).max() ?? 0
        var rows = [CSVColumns.headers(optionCount: optionCount, language: headerLanguage)]
        rows.reserveCapacity(bank.questions.count + 1)
        for question in bank.questions {
            var cells = [question.id, question.type.chineseName, question.stem]
            for index in 0..<optionCount {
                cells.append(index < question.options.count ? question.options[index] : "")
            }
            cells.append(answerText(question.answer))
            cells.append(question.category)
            cells.append(String(question.difficulty))
            cells.append(question.points.map(String.init) ?? "")
            cells.append(question.explanation)
            cells.append(question.source)
            rows.append(cells)
        }
        return rows
    }

    /// The answer cell: letters `ABD`, `对`/`错`, fill-in alternatives joined by `|`, or the reference text.
    static func answerText(_ answer: Answer) -> String {
        switch answer {
        case .choices(let indices): String(indices.map(OptionLetter.letter(for:)))
        case .truth(let value): value ? "对" : "错"
        case .accepted(let texts): texts.joined(separator: Spellings.fillSeparatorText)
        case .reference(let text): text
        }
    }

    private static func appendRow(_ cells: [String], delimiter: Character, to output: inout String) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { output.append(delimiter) }
            let special = delimiter.asciiValue ?? UInt8(ascii: ",")
            let needsQuotes = cell.utf8.contains {
                $0 == special || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
            }
            if needsQuotes {
                output += "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            } else {
                output += cell
            }
        }
        output += "\r\n"
    }
}
