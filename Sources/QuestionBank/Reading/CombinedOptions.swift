/// The options of a question held in one cell: `A.对 B.错`, one per line, or bare lines in order.
///
/// Letters are read with the paper layout's rules, so a cell reads like the same text in a paper; a
/// line without a letter continues the option before it, and a cell without any letters gives one
/// option per line.
enum CombinedOptions {
    static func split(_ cell: CSVCell) -> [Located<String>] {
        // Cut at LF, CRLF or CR on the bytes, so every line keeps its exact offset in the cell.
        var lines: [(text: String, offset: Int)] = []
        let bytes = Array(cell.text.utf8)
        var start = 0
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                lines.append((String(decoding: bytes[start..<index], as: UTF8.self), cell.offset + start))
                if index + 1 < bytes.count && bytes[index] == 0x0D && bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        var lettered: [Located<String>] = []
        var anyLetters = false
        for line in lines {
            let text = PaperText(line.text, offset: line.offset)
            let range = text.trimmed(0..<text.count)
            guard !range.isEmpty else { continue }
            if let parsed = PaperOptions.parse(text, from: range.lowerBound), !parsed.isBare || anyLetters {
                anyLetters = true
                lettered.append(contentsOf: parsed.pieces.map(\.text))
            } else if anyLetters, var last = lettered.popLast() {
                last.value += "\n" + text.string(range)
                lettered.append(last)
            } else {
                lettered.append(Located(value: text.string(range), offset: text.offset(at: range.lowerBound)))
            }
        }
        return lettered
    }
}
