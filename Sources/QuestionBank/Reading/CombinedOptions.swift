/// The options of a question held in one cell: `A.对 B.错`, one per line, or bare lines in order.
///
/// Letters are read with the paper layout's rules, so a cell reads like the same text in a paper; a
/// line without a letter continues the option before it, and a cell without any letters gives one
/// option per line.
enum CombinedOptions {
    static func split(_ cell: CSVCell) -> [Located<String>] {
        var lines: [(text: String, offset: Int)] = []
        var offset = cell.offset
        for line in cell.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append((String(line), offset))
            offset += line.utf8.count + 1
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
            } else if var last = lettered.popLast() {
                last.value += "\n" + text.string(range)
                lettered.append(last)
            } else {
                lettered.append(Located(value: text.string(range), offset: text.offset(at: range.lowerBound)))
            }
        }
        return lettered
    }
}
