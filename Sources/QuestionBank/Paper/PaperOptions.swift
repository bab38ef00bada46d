import ContestCore

/// Choice options on one line: `A．政务服务网`, `(B) 局域网`, `C：广播网`, or several on a line
/// (`A.对  B.错  C.不一定`), up to H.
///
/// A further option starts only after white space and only with the next letter in order, so an
/// option's own text (`维生素B.12`, `A、B两地`) is not cut. The bare form without a mark after the
/// letter (`A政务服务网`) is recognised but left to the reader to accept, since it is ambiguous on its own.
struct PaperOptions {
    struct Piece {
        /// 0 for A.
        var index: Int
        var text: Located<String>
    }

    var pieces: [Piece]
    /// Whether the letters had no mark after them (`A政务服务网 B局域网`).
    var isBare: Bool

    static func parse(_ text: PaperText, from start: Int) -> PaperOptions? {
        guard let (first, firstTextStart, isBare) = letter(text, at: start, bare: nil) else { return nil }
        var pieces: [Piece] = []
        var index = first
        var textStart = firstTextStart
        var position = firstTextStart
        var afterSpace = false
        while position < text.count {
            let scalar = text[position]
            if PaperText.isSpace(scalar) {
                afterSpace = true
                position += 1
                continue
            }
            if afterSpace, index + 1 < OptionLetter.maximumOptions,
                let (next, nextTextStart, _) = letter(text, at: position, bare: isBare), next == index + 1
            {
                pieces.append(piece(text, index: index, textStart..<position))
                index = next
                textStart = nextTextStart
                position = nextTextStart
                afterSpace = false
                continue
            }
            afterSpace = false
            position += 1
        }
        pieces.append(piece(text, index: index, textStart..<text.count))
        return PaperOptions(pieces: pieces, isBare: isBare)
    }

    private static func piece(_ text: PaperText, index: Int, _ range: Range<Int>) -> Piece {
        let trimmed = text.trimmed(range)
        let offset = text.offset(at: trimmed.isEmpty ? range.lowerBound : trimmed.lowerBound)
        return Piece(index: index, text: Located(value: text.string(trimmed), offset: offset))
    }

    /// The option letter at `position` and where its text starts: `A.` `A．` `A、` `A:` `A：` `A)`
    /// `(A)` `（A）`, or with `bare` not false, a letter directly followed by a non-ASCII character.
    private static func letter(_ text: PaperText, at position: Int, bare: Bool?) -> (Int, Int, Bool)? {
        guard let value = text.folded(position) else { return nil }
        if value == 0x28 {
            let inner = text.skipSpaces(from: position + 1)
            guard inner < text.count, let index = OptionLetter.index(of: Character(text[inner])),
                text.folded(text.skipSpaces(from: inner + 1)) == 0x29, bare != true
            else { return nil }
            return (index, text.skipSpaces(from: text.skipSpaces(from: inner + 1) + 1), false)
        }
        guard let scalar = Unicode.Scalar(value), let index = OptionLetter.index(of: Character(scalar)),
            let mark = text.folded(position + 1)
        else { return nil }
        if [0x2E, 0x3001, 0x3A, 0x29].contains(mark) && bare != true {
            return (index, text.skipSpaces(from: position + 2), false)
        }
        // Bare letters only in capitals, followed by Chinese text: `ATM机` and `a lot` stay text.
        if bare != false, (0x41...0x48).contains(value), mark >= 0x2E80, !PaperText.isSpace(text[position + 1]) {
            return (index, position + 1, true)
        }
        return nil
    }
}
