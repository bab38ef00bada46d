/// One cell of a CSV or TSV row, with the byte offset where it starts.
struct CSVCell: Sendable {
    var text: String
    var offset: Int
}

/// One record: the cells of a spreadsheet row, which may span several lines when a cell holds line breaks.
struct CSVRecord: Sendable {
    var cells: [CSVCell]
    var offset: Int
    /// A quote in this record never closed: its cells are not what the organiser meant.
    var isUnterminated = false
}

/// Splits CSV or TSV text into records the way Excel writes and reads them (RFC 4180).
///
/// Cells may be quoted; a quoted cell holds commas, tabs, line breaks and doubled quotes (`""`).
/// Lines end in LF, CRLF or a lone CR. Problems are reported, never thrown: an unclosed quote runs
/// to the end of the file, and text after a closing quote is kept, as Excel keeps it.
struct CSVParser {
    /// The separator Excel used: a comma for CSV, a tab for "Text (Tab delimited)" and "Unicode Text".
    static func detectDelimiter(in bytes: [UInt8]) -> UInt8 {
        var commas = 0
        var tabs = 0
        for byte in bytes {
            if byte == 0x0A || byte == 0x0D { break }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == 0x09 { tabs += 1 }
        }
        return tabs > commas ? 0x09 : UInt8(ascii: ",")
    }

    static func parse(
        _ bytes: [UInt8], delimiter: UInt8, collector: inout DiagnosticCollector
    ) -> [CSVRecord] {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = CSVParser(buffer: buffer, delimiter: delimiter)
            var records: [CSVRecord] = []
            var width = 8
            while parser.index < buffer.count {
                let record = parser.parseRecord(expectedWidth: width, collector: &collector)
                width = max(width, record.cells.count)
                records.append(record)
            }
            return records
        }
    }

    private let buffer: UnsafeBufferPointer<UInt8>
    private let delimiter: UInt8
    private var index = 0

    private init(buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
        self.buffer = buffer
        self.delimiter = delimiter
    }

    private mutating func parseRecord(expectedWidth: Int, collector: inout DiagnosticCollector) -> CSVRecord {
        let start = index
        var cells: [CSVCell] = []
        cells.reserveCapacity(expectedWidth)
        var isUnterminated = false
        while true {
            let cellStart = index
            let text =
                index < buffer.count && buffer[index] == UInt8(ascii: "\"")
                ? parseQuoted(collector: &collector, isUnterminated: &isUnterminated) : parsePlain()
            cells.append(CSVCell(text: text, offset: cellStart))
            guard index < buffer.count else { break }
            let byte = buffer[index]
            index += 1
            if byte == delimiter { continue }
            if byte == 0x0D && index < buffer.count && buffer[index] == 0x0A { index += 1 }
            break
        }
        return CSVRecord(cells: cells, offset: start, isUnterminated: isUnterminated)
    }

    private mutating func parsePlain() -> String {
        let start = index
        while index < buffer.count {
            let byte = buffer[index]
            if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
            index += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self)
    }

    private mutating func parseQuoted(collector: inout DiagnosticCollector, isUnterminated: inout Bool) -> String {
        let quote = index
        index += 1
        var bytes: [UInt8] = []
        var segmentStart = index
        while index < buffer.count {
            guard buffer[index] == UInt8(ascii: "\"") else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[segmentStart..<index]))
            index += 1
            if index < buffer.count && buffer[index] == UInt8(ascii: "\"") {
                bytes.append(UInt8(ascii: "\""))
                index += 1
                segmentStart = index
                continue
            }
            let afterQuote = index
            while index < buffer.count {
                let byte = buffer[index]
                if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                index += 1
            }
            if index > afterQuote {
                collector.report(.textAfterQuote, at: afterQuote)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[afterQuote..<index]))
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        collector.report(.unterminatedQuote, at: quote)
        isUnterminated = true
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[segmentStart..<index]))
        return String(decoding: bytes, as: UTF8.self)
    }
}
