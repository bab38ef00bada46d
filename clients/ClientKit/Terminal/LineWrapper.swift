/// Greedy line breaking of one paragraph for `TextLayout.wrap`.
///
/// The paragraph is read as tokens: runs of spaces, ASCII-style words (runs of narrow
/// non-space characters, kept whole when they fit) and single wide characters (which may break
/// anywhere). Each token goes on the current line if it fits, otherwise on a new one.
struct LineWrapper {
    /// Closing punctuation that should not start a line (a simple kinsoku rule).
    static let closingPunctuation: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕", "〉",
    ]

    let width: Int
    private var lines: [String] = []
    private var line: [Character] = []
    private var lineWidth = 0
    /// Spaces seen since the last word; written only if another word follows on the same line.
    private var pendingSpaces = 0

    init(width: Int) {
        self.width = max(1, width)
    }

    /// The lines of `paragraph`, which contains no line breaks; at least one line.
    mutating func wrap(_ paragraph: Substring) -> [String] {
        var word: [Character] = []
        var wordWidth = 0
        for character in paragraph {
            let columns = DisplayWidth.of(character)
            if character == " " || columns == 2 {
                place(word, width: wordWidth)
                word = []
                wordWidth = 0
            }
            if character == " " {
                pendingSpaces += 1
            } else if columns == 2 {
                place([character], width: 2)
            } else {
                word.append(character)
                wordWidth += columns
            }
        }
        place(word, width: wordWidth)
        lines.append(String(line))
        return lines
    }

    /// Puts a word (or one wide character) after the pending spaces, or on a new line.
    private mutating func place(_ word: [Character], width wordWidth: Int) {
        guard !word.isEmpty else { return }
        let spaces = line.isEmpty && !lines.isEmpty ? 0 : pendingSpaces
        pendingSpaces = 0
        if lineWidth + spaces + wordWidth <= width {
            line += repeatElement(" ", count: spaces)
            line += word
            lineWidth += spaces + wordWidth
            return
        }
        if word.count == 1, Self.closingPunctuation.contains(word[0]), spaces == 0, moveLastCharacterDown(with: word[0])
        {
            return
        }
        if !line.isEmpty { breakLine() }
        if wordWidth <= width {
            line = word
            lineWidth = wordWidth
            return
        }
        for character in word {
            let columns = DisplayWidth.of(character)
            if lineWidth + columns > width && !line.isEmpty { breakLine() }
            line.append(character)
            lineWidth += columns
        }
    }

    /// Starts the next line with the last character of this one followed by `punctuation`,
    /// when this line keeps at least one character and the pair fits; false when it cannot.
    private mutating func moveLastCharacterDown(with punctuation: Character) -> Bool {
        guard line.count >= 2, let last = line.last, last != " " else { return false }
        let moved = DisplayWidth.of(last) + DisplayWidth.of(punctuation)
        guard moved <= width else { return false }
        var kept = line.dropLast()
        while kept.last == " " { kept.removeLast() }
        guard !kept.isEmpty else { return false }
        line = Array(kept)
        breakLine()
        line = [last, punctuation]
        lineWidth = moved
        return true
    }

    private mutating func breakLine() {
        lines.append(String(line))
        line = []
        lineWidth = 0
    }
}
