import ContestCore

/// The many ways organisers spell types, answers and difficulties, mapped to one meaning each.
///
/// Real banks are typed by hand in Excel on Chinese keyboards: `ABD`, `A,B,D` and `Ａ、Ｂ` are the
/// same answer, and `对`, `√`, `正确` and `T` are the same truth. Accepting them all spares the
/// organiser a round of edits; anything else is reported, never guessed.
enum Spellings {
    static func questionType(_ text: String) -> QuestionType? {
        typeNames[ExactText(normalizedKey(text))]
    }

    static func truth(_ text: String) -> Bool? {
        truthNames[ExactText(normalizedKey(text))]
    }

    static func difficulty(_ text: String) -> Int? {
        difficultyNames[ExactText(normalizedKey(text))]
    }

    /// Option indices in the order written, repeats kept so they can be reported; nil if any character
    /// is neither an option letter nor a separator.
    static func choiceIndices(_ text: String) -> [Int]? {
        var indices: [Int] = []
        for character in text {
            if let index = OptionLetter.index(of: character) {
                indices.append(index)
            } else if !choiceSeparators.contains(character) && !character.isWhitespace {
                return nil
            }
        }
        return indices
    }

    /// Option text without the `A.` / `B、` / `C：` prefix many banks repeat in the option cells.
    ///
    /// Only the option's own letter is removed, so an option that merely starts with a letter stays
    /// whole; a doubled prefix (`A.A.`) goes entirely, so reading the result again changes nothing.
    static func optionText(_ text: String, index: Int) -> String {
        var text = trimmed(text)
        while true {
            var scalars = text.unicodeScalars.makeIterator()
            guard let letter = scalars.next(), let mark = scalars.next(),
                OptionLetter.index(of: Character(letter)) == index, optionMarks.contains(mark)
            else { return text }
            text = trimmed(String(text.unicodeScalars.dropFirst(2)))
        }
    }

    private static let optionMarks: Set<Unicode.Scalar> = [".", "．", "、", ":", "：", ")", "）"]

    /// Fill-in answers in a CSV cell: alternatives separated by `|` (or the full-width `｜`).
    static func acceptedAnswers(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: fillSeparator).map { trimmed(String($0)) }
    }

    /// The separator between accepted fill-in answers in a CSV cell.
    static let fillSeparatorText = "|"

    private static func fillSeparator(_ character: Character) -> Bool {
        character == "|" || character == "｜"
    }

    /// Whether a JSON fill-in answer holds a character that a CSV cell would split on.
    static func containsFillSeparator(_ text: String) -> Bool {
        text.contains(where: fillSeparator)
    }

    /// Removes leading and trailing spaces, full-width spaces and line breaks that Excel cells pick up.
    static func trimmed(_ text: String) -> String {
        guard let firstByte = text.utf8.first, let lastByte = text.utf8.last else { return text }
        if !mayStartSpace(firstByte) && !mayEndSpace(lastByte) { return text }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start && isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// Whether a UTF-8 byte can be the first byte of a white-space character (a quick pre-check).
    private static func mayStartSpace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3: true
        default: false
        }
    }

    /// Whether a UTF-8 byte can be the last byte of a white-space character (a quick pre-check).
    private static func mayEndSpace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0x20, 0x80...0x8A, 0x9F, 0xA0, 0xA8, 0xA9, 0xAF: true
        default: false
        }
    }

    /// Unicode white space (the `White_Space` property), spelled out: the property lookup is slow.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Lower-cased, full-width ASCII folded, without spaces, dashes, underscores, slashes or asterisks.
    static func normalizedKey(_ text: String) -> String {
        if text.utf8.allSatisfy({ !keyBytesNeedingWork.contains($0) }) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x41...0x5A).contains(value) { value += 0x20 }
            switch value {
            case 0x20, 0x2D, 0x5F, 0x2F, 0x2A, 0x3000, 0x09, 0x0A, 0x0D: continue
            default: if let folded = Unicode.Scalar(value) { result.append(folded) }
            }
        }
        return String(result)
    }

    /// Bytes that may start something `normalizedKey` changes: capitals, separators, full-width forms.
    private static let keyBytesNeedingWork: Set<UInt8> = Set(
        Array(0x41...0x5A) + [0x20, 0x2D, 0x5F, 0x2F, 0x2A, 0x09, 0x0A, 0x0D, 0xE3, 0xEF])

    private static let choiceSeparators: Set<Character> = [",", "，", "、", ";", "；", "/", "|", "｜", "."]

    private static let typeNames: [ExactText: QuestionType] = {
        let spellings: [(QuestionType, [String])] = [
            (.single, ["single", "singlechoice", "单选", "单选题", "单项选择", "单项选择题", "单项选择题目"]),
            (.multiple, ["multiple", "multiplechoice", "多选", "多选题", "多项选择", "多项选择题", "不定项", "不定项选择题"]),
            (.trueFalse, ["truefalse", "tf", "judge", "判断", "判断题", "是非题", "对错题"]),
            (.fill, ["fill", "fillin", "fillintheblank", "blank", "填空", "填空题"]),
            (.short, ["short", "shortanswer", "简答", "简答题", "问答题"]),
            (.essay, ["essay", "论述", "论述题", "案例分析", "案例分析题"]),
        ]
        var names: [ExactText: QuestionType] = [:]
        for (type, words) in spellings {
            for word in words { names[ExactText(word)] = type }
        }
        return names
    }()

    private static let truthNames: [ExactText: Bool] = {
        var names: [ExactText: Bool] = [:]
        for word in ["对", "√", "✓", "✔", "正确", "是", "t", "true", "y", "yes", "真"] { names[ExactText(word)] = true }
        for word in ["错", "×", "╳", "✗", "✘", "错误", "否", "f", "false", "n", "no", "假"] {
            names[ExactText(word)] = false
        }
        return names
    }()

    private static let difficultyNames: [ExactText: Int] = {
        var names: [ExactText: Int] = [:]
        for word in ["1", "易", "简单", "容易", "初级", "低", "easy"] { names[ExactText(word)] = 1 }
        for word in ["2", "中", "中等", "一般", "适中", "中级", "medium"] { names[ExactText(word)] = 2 }
        for word in ["3", "难", "困难", "较难", "高", "高级", "hard"] { names[ExactText(word)] = 3 }
        return names
    }()
}
