import ContestCore

/// Rows of text as a CSV file Excel opens correctly: UTF-8 with a byte-order mark, CRLF line ends.
///
/// Without the byte-order mark Excel on a Chinese system reads the file as GB18030 and garbles it;
/// every cell is neutralised so a name typed as `=HYPERLINK(…)` stays text.
enum CSVDocument {
    static func bytes(_ rows: [[String]]) -> [UInt8] {
        var text = ""
        for row in rows {
            text += row.map { SpreadsheetField.quoted(SpreadsheetField.inert($0)) }.joined(separator: ",")
            text += "\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }
}
