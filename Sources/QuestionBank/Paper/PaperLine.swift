/// One line of a bank laid out like a printed exam paper, placed in the text it was cut from.
///
/// A plain text file gives one `PaperLine` per line; a Word document gives one per paragraph of the
/// text it is laid out as. Word's automatic numbering puts a number on a paragraph that is not in
/// its text, so the reader is told about it in `item` instead of finding it at the start of `text`.
struct PaperLine: Sendable, Hashable {
    /// The line without its line break.
    var text: String
    /// The byte offset of the line's first byte in the text, so `offset` plus a UTF-8 offset within
    /// `text` is a position diagnostics can be placed at.
    var offset: Int
    /// Set when Word numbered this paragraph automatically; always nil for text files.
    var item: PaperItemMark?

    init(text: String, offset: Int, item: PaperItemMark? = nil) {
        self.text = text
        self.offset = offset
        self.item = item
    }

    /// The lines of UTF-8 text, which may end in LF, CRLF or a lone CR (Notepad on old Macs).
    ///
    ///     PaperLine.lines(in: Array("一、单选题\r\n1．题干".utf8)).map(\.offset)   // [0, 17]
    static func lines(in bytes: [UInt8]) -> [PaperLine] {
        var lines: [PaperLine] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(PaperLine(text: String(decoding: bytes[start..<index], as: UTF8.self), offset: start))
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count {
            lines.append(PaperLine(text: String(decoding: bytes[start...], as: UTF8.self), offset: start))
        }
        return lines
    }
}

/// A number that Word's automatic numbering shows before a paragraph, which its text does not hold.
struct PaperItemMark: Sendable, Hashable {
    /// The number as Word renders it, such as `12.` or `（3）`, when the document's numbering
    /// definitions say; nil when only the list level is known.
    var label: String?
    /// The list level, 0 for the outermost.
    var level: Int

    init(label: String? = nil, level: Int = 0) {
        self.label = label
        self.level = level
    }
}
