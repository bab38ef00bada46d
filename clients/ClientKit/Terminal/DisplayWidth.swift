/// How many terminal columns a string or a character occupies.
///
/// `String.count` counts grapheme clusters, but a terminal gives "南" two columns and "é" one, so
/// every pad, cut and wrap in the clients measures with this instead. The rules follow what
/// terminals actually draw, per grapheme cluster:
///
/// - 2 for East Asian Wide and Fullwidth characters (CJK ideographs, CJK punctuation, kana,
///   Hangul, fullwidth forms) and for emoji shown as emoji: emoji-presentation scalars, a cluster
///   whose emoji base carries U+FE0F, ZWJ sequences, skin-tone sequences and flag pairs;
/// - 0 for control characters and clusters made only of zero-width scalars (combining marks,
///   ZWJ, U+200B and other format characters, conjoining Hangul vowels and finals);
/// - 1 for everything else, including "…", box drawing, "▲▼" and "·".
///
/// ```swift
/// DisplayWidth.of("A队")   // 3
/// DisplayWidth.of("🇨🇳")   // 2
/// DisplayWidth.of("e\u{301}")  // 1
/// ```
public enum DisplayWidth {
    /// The columns `text` occupies: the sum over its grapheme clusters.
    ///
    /// All-ASCII text, the common case for scores and labels, is counted byte by byte without
    /// forming grapheme clusters.
    public static func of(_ text: some StringProtocol) -> Int {
        var asciiWidth = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return text.reduce(0) { $0 + of($1) } }
            if byte >= 0x20 && byte < 0x7F { asciiWidth += 1 }
        }
        return asciiWidth
    }

    /// The columns one grapheme cluster occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        let first = scalars.first!
        if first.value < 0x80 && scalars.count == 1 { return first.value >= 0x20 && first.value < 0x7F ? 1 : 0 }
        if isRegionalIndicator(first) { return scalars.count > 1 && isRegionalIndicator(scalars.last!) ? 2 : 1 }
        if scalars.count == 1 { return width(of: first) }
        if first.properties.isEmoji && scalars.contains("\u{FE0F}") { return 2 }
        return scalars.reduce(0) { max($0, width(of: $1)) }
    }

    /// The columns of a scalar on its own; a cluster takes the widest of its scalars.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x300 { return 1 }
        if isRegionalIndicator(scalar) { return 1 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        if isZeroWidth(scalar) { return 0 }
        return 1
    }

    /// Regional indicator letters pair up into flags; a lone one is drawn as a narrow letter.
    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// Combining marks, format characters and the conjoining Hangul vowels and finals, which
    /// draw on top of the preceding scalar rather than beside it.
    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }

    /// Whether `value` lies in one of the East Asian Wide or Fullwidth blocks, by binary search.
    static func isWide(_ value: UInt32) -> Bool {
        guard value >= wideRanges[0].lowerBound else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// The East Asian Wide (W) and Fullwidth (F) blocks of Unicode's EastAsianWidth.txt that are
    /// not emoji, sorted, with unassigned gaps inside a block merged in so the table stays short.
    /// Emoji are left to `isEmojiPresentation`, which tracks the standard library's Unicode version.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2329...0x232A,  // angle brackets 〈 〉
        0x2E80...0x303E,  // CJK radicals, Kangxi radicals, CJK symbols and punctuation
        0x3041...0x3247,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK
        0x3250...0x4DBF,  // enclosed CJK, CJK compatibility, CJK Extension A
        0x4E00...0xA4CF,  // CJK Unified Ideographs, Yi
        0xA960...0xA97F,  // Hangul Jamo Extended-A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF01...0xFF60,  // fullwidth ASCII variants and brackets
        0xFFE0...0xFFE6,  // fullwidth signs ￠ ￡ ￥
        0x16FE0...0x1B2FF,  // Tangut, Khitan, Nüshu, kana supplements
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK Extensions B to F, I and compatibility supplement
        0x30000...0x3FFFD,  // CJK Extensions G and H
    ]
}
