/// A labelled line of a question: `答案：C`, `【答案】B`, `解析：…`, `难度：易`, `分类：…`, `【编号】S-01`.
///
/// The label is written with a colon (either width) or in `【】`; the text after it, possibly
/// empty when the content follows on the next lines, is the field's value as written.
struct PaperLabel {
    enum Kind: Equatable {
        /// The answer, or the reference answer and marking points of a short answer or essay.
        case answer
        case explanation
        case difficulty
        case category
        case source
        case points
        /// The question's id, as the paper writer marks it so that a round trip keeps ids.
        case id
    }

    var kind: Kind
    /// The value, trimmed.
    var content: Range<Int>
    /// Whether the label is bare `参考答案` or `【参考答案】` with nothing after it, which may also be
    /// the heading of an answer key.
    var mayBeKeyHeading: Bool

    static func parse(_ text: PaperText, from start: Int) -> PaperLabel? {
        if let marker = idMarker(text, from: start) { return marker }
        guard firstCharacters.contains(text[start]) else { return nil }
        let bracketed = text[start] == "【"
        let nameStart = bracketed ? start + 1 : start
        var nameEnd = nameStart
        while nameEnd < text.count, nameEnd - nameStart <= 6 {
            let value = PaperText.fold(text[nameEnd])
            if bracketed ? value == 0x3011 : value == 0x3A { break }
            nameEnd += 1
        }
        let name = nameEnd < text.count && nameEnd - nameStart <= 6 ? text.string(nameStart..<nameEnd) : ""
        guard let kind = names[name] else { return nil }
        var contentStart = nameEnd + 1
        if bracketed, let colon = text.folded(contentStart), colon == 0x3A { contentStart += 1 }
        let content = text.trimmed(contentStart..<text.count)
        return PaperLabel(
            kind: kind, content: content, mayBeKeyHeading: content.isEmpty && PaperHeading.keyNames.contains(name))
    }

    /// `[S-01]` alone on a line: an id in ASCII letters, digits, `-`, `_` and `.`.
    private static func idMarker(_ text: PaperText, from start: Int) -> PaperLabel? {
        guard text[start] == "[" else { return nil }
        let end = text.trimmed(start..<text.count).upperBound
        guard end - start >= 3, text[end - 1] == "]" else { return nil }
        for index in (start + 1)..<(end - 1) {
            switch text[index].value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F, 0x2E: continue
            default: return nil
            }
        }
        return PaperLabel(kind: .id, content: (start + 1)..<(end - 1), mayBeKeyHeading: false)
    }

    /// The first characters of the labels, to pass over most lines without reading a name.
    private static let firstCharacters: Set<Unicode.Scalar> = Set(names.keys.compactMap(\.unicodeScalars.first) + ["【"])

    private static let names: [String: Kind] = {
        let spellings: [(Kind, [String])] = [
            (.answer, ["答案", "参考答案", "正确答案", "标准答案", "答", "评分要点", "答题要点", "评分标准", "参考要点"]),
            (.explanation, ["解析", "答案解析", "试题解析", "解答"]),
            (.difficulty, ["难度", "难易度", "难度等级"]),
            (.category, ["分类", "知识点", "考点", "类别", "专题"]),
            (.source, ["来源", "出处"]),
            (.points, ["分值", "分数"]),
            (.id, ["编号", "试题编号", "题目编号", "ID", "id"]),
        ]
        var names: [String: Kind] = [:]
        for (kind, words) in spellings {
            for word in words { names[word] = kind }
        }
        return names
    }()
}
