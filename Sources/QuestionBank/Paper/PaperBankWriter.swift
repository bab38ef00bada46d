import ContestCore

/// Writes a bank laid out like a printed exam paper, which `PaperBankReader` reads back unchanged.
///
/// One section per type in the order single, multiple, true/false, fill-in, short answer, essay;
/// each question as `1．stem`, options one per line, then `答案：`/`参考答案：`, `解析：`, `难度：`,
/// `分类：`, `来源：`, `分值：` and last `【编号】`, which keeps the ids through a round trip.
///
///     政务服务综合窗口办事员技能竞赛 演示题库
///
///     一、单选题（共120题）
///     1．“一网通办”的核心含义是下列哪一项？
///     A．每个部门各自建设独立的网上办事系统，分别注册登录
///     …
///     答案：B
///     难度：易
///     【编号】P1-001
public enum PaperBankWriter {
    public static func lines(_ bank: Bank) -> [PaperWriterLine] {
        var lines = [PaperWriterLine(kind: .title, text: bank.title)]
        var section = 0
        for type in QuestionType.allCases {
            let questions = bank.questions.filter { $0.type == type }
            guard !questions.isEmpty else { continue }
            section += 1
            let shared = questions.first?.points
            let sharedPoints = questions.allSatisfy { $0.points == shared } ? shared : nil
            let points = sharedPoints.map { "每题\($0)分，" } ?? ""
            lines.append(PaperWriterLine(kind: .blank, text: ""))
            lines.append(
                PaperWriterLine(
                    kind: .heading,
                    text: "\(PaperNumerals.text(for: section))、\(type.chineseName)（\(points)共\(questions.count)题）"))
            for (index, question) in questions.enumerated() {
                lines.append(PaperWriterLine(kind: .blank, text: ""))
                append(question, number: index + 1, writesPoints: sharedPoints == nil, to: &lines)
            }
        }
        return lines
    }

    /// The paper as text, lines separated by `\n`.
    public static func text(_ bank: Bank) -> String {
        lines(bank).map(\.text).joined(separator: "\n") + "\n"
    }

    /// The paper as a `.paper.txt` file: UTF-8 with a byte-order mark and CRLF line ends, which
    /// Notepad and Word open without asking for the encoding.
    public static func write(_ bank: Bank) -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array((lines(bank).map(\.text).joined(separator: "\r\n") + "\r\n").utf8)
    }

    private static func append(
        _ question: Question, number: Int, writesPoints: Bool, to lines: inout [PaperWriterLine]
    ) {
        let stem = question.stem.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.append(PaperWriterLine(kind: .item, text: "\(number)．" + (stem.first ?? "")))
        appendPlain(stem.dropFirst(), to: &lines)
        for (index, option) in question.options.enumerated() {
            appendField("\(OptionLetter.letter(for: index))．", option, to: &lines)
        }
        switch question.answer {
        case .reference(let text): appendField("参考答案：", text, to: &lines)
        case .accepted(let texts): appendField("答案：", fillAnswer(texts, stem: question.stem), to: &lines)
        case .choices, .truth: appendField("答案：", question.answer.display, to: &lines)
        }
        if !question.explanation.isEmpty { appendField("解析：", question.explanation, to: &lines) }
        appendField("难度：", ["易", "中", "难"][min(max(question.difficulty, 1), 3) - 1], to: &lines)
        if !question.category.isEmpty { appendField("分类：", question.category, to: &lines) }
        if !question.source.isEmpty { appendField("来源：", question.source, to: &lines) }
        if writesPoints, let points = question.points { appendField("分值：", String(points), to: &lines) }
        lines.append(PaperWriterLine(kind: .plain, text: "【编号】" + question.id))
    }

    /// A labelled field, its first line after the label and the rest on lines of their own.
    private static func appendField(_ label: String, _ text: String, to lines: inout [PaperWriterLine]) {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.append(PaperWriterLine(kind: .plain, text: label + (parts.first ?? "")))
        appendPlain(parts.dropFirst(), to: &lines)
    }

    private static func appendPlain(_ parts: ArraySlice<String>, to lines: inout [PaperWriterLine]) {
        for part in parts where !part.isEmpty { lines.append(PaperWriterLine(kind: .plain, text: part)) }
    }

    /// Fill-in answers as the reader takes them: synonyms joined by `/`; with several blanks, each
    /// blank's synonyms joined by `/` and the blanks by `；`, when the accepted answers are exactly
    /// every combination (as the reader makes them), else the accepted answers as they are.
    static func fillAnswer(_ accepted: [String], stem: String) -> String {
        let blanks = PaperStem.blankCount(PaperStem.normalizingBlanks(stem))
        guard blanks >= 2 else { return accepted.joined(separator: "/") }
        let parts = accepted.map { $0.split(separator: "；", omittingEmptySubsequences: false).map(String.init) }
        guard parts.allSatisfy({ $0.count == blanks }) else { return accepted.joined(separator: "；") }
        var synonyms: [[String]] = Array(repeating: [], count: blanks)
        for answer in parts {
            for (position, part) in answer.enumerated() where !synonyms[position].contains(part) {
                synonyms[position].append(part)
            }
        }
        let written = synonyms.map { $0.joined(separator: "/") }.joined(separator: "；")
        return PaperFillAnswer.read(written, blanks: blanks).accepted == accepted
            ? written : accepted.joined(separator: "；")
    }
}
