import ContestCore

/// What a section heading says its questions are.
enum PaperSectionKind: Hashable {
    case typed(QuestionType)
    /// `选择题`: single or multiple choice, told apart by the number of letters in each answer.
    case choice
    /// A heading without a type name (`第一部分`, `一、政策法规`): each question's type is inferred.
    case untyped
}

/// A section heading (`一、单选题（每题2分，共35题）`, `第一部分 单选题`, `论述题`) or the heading of
/// an answer key (`参考答案`), read from one line.
///
/// A heading needs a known type name unless it starts with a section number (`一、`, `第一部分`):
/// a bare line of text is far more often part of a stem than a section of its own.
struct PaperHeading {
    enum Role: Equatable {
        case section(PaperSectionKind)
        /// `参考答案`, `答案`, `参考答案及解析`: the answer key that follows.
        case answerKey
    }

    var role: Role
    /// Whether the line starts with a section number such as `一、` or `第二部分`.
    var hasOrdinal: Bool
    /// Where the type name (or the key's name) starts, for diagnostics about the type.
    var nameOffset: Int
    /// Points per question as written (`每题2分` → `2`, `(1×20)` → `1`), with their offset.
    var points: Located<String>?
    /// The scalar after the name and an optional colon: what a key heading has on the same line.
    var restStart: Int
    /// The number of scalars on the line, to tell a short heading from a stem that starts `一、`.
    var length: Int

    static func parse(_ text: PaperText, from start: Int) -> PaperHeading? {
        var index = start
        var hasOrdinal = false
        var numberedByDigits = false
        if text[index] == "第", let (end, unit) = sectionNumberEnd(text, after: index + 1) {
            index = end
            hasOrdinal = true
            numberedByDigits = unit == "题"
        } else if let (_, end) = PaperNumerals.value(text, at: index) ?? romanNumeral(text, at: index),
            let after = separatorEnd(text, at: end)
        {
            index = after
            hasOrdinal = true
        } else if let (_, end) = text.number(at: index, maximumDigits: 2), let after = separatorEnd(text, at: end) {
            index = after
            numberedByDigits = true
        }
        index = text.skipSpaces(from: index)
        while let mark = text.folded(index), hasOrdinal || numberedByDigits, [0x3001, 0x2E, 0x2C, 0x3A].contains(mark) {
            index = text.skipSpaces(from: index + 1)
        }
        if text.matches("附", at: index), let mark = text.folded(index + 1), mark == 0x3A || mark == 0x20 {
            index = text.skipSpaces(from: index + 2)
        }
        let bracketed = index < text.count && text[index] == "【"
        let nameStart = bracketed ? index + 1 : index
        var nameEnd = nameStart
        while nameEnd < text.count, nameEnd - nameStart <= maximumNameLength, !isNameStop(text[nameEnd]) {
            nameEnd += 1
        }
        guard nameEnd - nameStart <= maximumNameLength else { return nil }
        var restStart = nameEnd
        if bracketed {
            guard restStart < text.count && text[restStart] == "】" else { return nil }
            restStart += 1
        }
        restStart = text.skipSpaces(from: restStart)
        if let mark = text.folded(restStart), mark == 0x3A { restStart = text.skipSpaces(from: restStart + 1) }
        // Every type and key name ends in one of a few characters; most lines stop here, unread.
        guard
            hasOrdinal
                || (nameEnd > nameStart && (nameEndings.contains(text[nameEnd - 1]) || text[nameEnd - 1].isASCII))
        else { return nil }
        let name = text.string(nameStart..<nameEnd)
        let role: Role
        if let type = Spellings.questionType(name) {
            role = .section(.typed(type))
        } else if name == "选择题" || name == "选择" {
            role = .section(.choice)
        } else if keyNames.contains(name) && !numberedByDigits {
            role = .answerKey
        } else if hasOrdinal {
            role = .section(.untyped)
        } else {
            return nil
        }
        // `1．论述` is a question whose stem is one word; `1、论述题` is a heading.
        if numberedByDigits, case .section(let kind) = role, kind == .untyped || !name.hasSuffix("题") { return nil }
        return PaperHeading(
            role: role, hasOrdinal: hasOrdinal, nameOffset: text.offset(at: nameStart),
            points: points(text, from: nameEnd), restStart: restStart, length: text.count - start)
    }

    /// Type names are short; a longer run of text is a stem, so the scan stops early on long lines.
    private static let maximumNameLength = 12

    /// The last characters of the type names (`单选题`, `多项选择`, `判断`, `填空`, `简答`, `论述`,
    /// `案例分析`) and of the key names (`参考答案`, `答案解析`, `评分标准`).
    private static let nameEndings: Set<Unicode.Scalar> = ["题", "选", "项", "择", "断", "空", "答", "述", "析", "案", "准"]

    static let keyNames: Set<String> = [
        "参考答案", "答案", "标准答案", "试题答案", "答案解析", "参考答案及解析", "参考答案与解析", "答案及解析", "答案与解析",
        "参考答案及评分标准",
    ]

    private static func isNameStop(_ scalar: Unicode.Scalar) -> Bool {
        switch PaperText.fold(scalar) {
        case 0x28, 0x3A, 0x2C, 0x5B, 0x3002, 0x3010, 0x3011, 0x3001, 0x3B: true
        default: PaperText.isSpace(scalar)
        }
    }

    /// After `第`: a number, then `部分`, `大题`, `节`, `章`, `单元` or `题` (the last only as a heading
    /// when a type name follows, which `parse` checks, since `第1题` also numbers a question).
    private static func sectionNumberEnd(_ text: PaperText, after index: Int) -> (Int, String)? {
        let digits = text.skipSpaces(from: index)
        guard let (_, end) = PaperNumerals.value(text, at: digits) ?? text.number(at: digits, maximumDigits: 2) else {
            return nil
        }
        let word = text.skipSpaces(from: end)
        for unit in ["部分", "大题", "单元", "节", "章", "题"] where text.matches(unit, at: word) {
            return (word + unit.unicodeScalars.count, unit)
        }
        return nil
    }

    private static func romanNumeral(_ text: PaperText, at index: Int) -> (Int, Int)? {
        guard index < text.count, (0x2160...0x216B).contains(text[index].value) else { return nil }
        return (Int(text[index].value - 0x215F), index + 1)
    }

    /// After a section number: `、` `.` `，` `:` or spaces, and where they end.
    private static func separatorEnd(_ text: PaperText, at index: Int) -> Int? {
        guard index < text.count else { return nil }
        switch PaperText.fold(text[index]) {
        case 0x3001, 0x2E, 0x2C, 0x3A: return index + 1
        default: return PaperText.isSpace(text[index]) ? text.skipSpaces(from: index) : nil
        }
    }

    /// `每题2分`, `每小题 2 分`, `2分/题`, or the first factor of `(1×20)` / `（2分×10）`.
    private static func points(_ text: PaperText, from start: Int) -> Located<String>? {
        var index = start
        var factor: Located<String>?
        while index < text.count {
            if text.matches("每", at: index) {
                var position = index + 1
                if text.matches("小", at: position) { position += 1 }
                if text.matches("题", at: position),
                    let (value, end) = decimal(text, at: text.skipSpaces(from: position + 1)),
                    text.matches("分", at: text.skipSpaces(from: end))
                {
                    return value
                }
                index += 1
                continue
            }
            guard let (value, end) = decimal(text, at: index) else {
                index += 1
                continue
            }
            var after = text.skipSpaces(from: end)
            if text.matches("分", at: after) {
                after = text.skipSpaces(from: after + 1)
                if let slash = text.folded(after), slash == 0x2F {
                    let word = text.skipSpaces(from: after + 1)
                    if text.matches("题", at: word) || text.matches("小题", at: word) { return value }
                }
            }
            if factor == nil, let mark = text.folded(after), [0xD7, 0x78, 0x58, 0x2A].contains(mark),
                text.number(at: text.skipSpaces(from: after + 1)) != nil
            {
                factor = value
            }
            index = end
        }
        return factor
    }

    /// Digits with an optional decimal part (`0.5`), as text, since a bad value is reported as written.
    private static func decimal(_ text: PaperText, at index: Int) -> (Located<String>, Int)? {
        guard let (_, digitsEnd) = text.number(at: index, maximumDigits: 6) else { return nil }
        var end = digitsEnd
        if text.folded(end) == 0x2E, let (_, fraction) = text.number(at: end + 1, maximumDigits: 6) { end = fraction }
        return (Located(value: text.string(index..<end), offset: text.offset(at: index)), end)
    }
}
