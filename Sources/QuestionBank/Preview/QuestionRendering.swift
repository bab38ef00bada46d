import ContestCore

/// A question as the preview shows it: every field the import filled, the key marked on the options.
public enum QuestionRendering {
    public static func html(_ question: Question, _ zh: Bool) -> String {
        var rows: [(String, String)] = []
        let type = zh ? question.type.chineseName : question.type.rawValue
        rows.append((zh ? "题型" : "Type", HTMLText.escape(type) + " <code>\(HTMLText.escape(question.id))</code>"))
        rows.append((zh ? "题干" : "Stem", paragraphs(question.stem)))
        if !question.options.isEmpty {
            let key: Set<Int> = if case .choices(let indices) = question.answer { Set(indices) } else { [] }
            var list = "<ol class=\"options\">"
            for (index, option) in question.options.enumerated() {
                let letter = OptionLetter.letter(for: index)
                let isKey = key.contains(index)
                list += "<li\(isKey ? " class=\"key\"" : "")><b>\(letter)</b> \(HTMLText.escape(option))"
                list += isKey ? " ✔</li>" : "</li>"
            }
            rows.append((zh ? "选项" : "Options", list + "</ol>"))
        }
        rows.append((answerLabel(question.type, zh), "<span class=\"answer\">\(answerText(question, zh))</span>"))
        if !question.explanation.isEmpty { rows.append((zh ? "解析" : "Explanation", paragraphs(question.explanation))) }
        var details: [String] = []
        if !question.category.isEmpty {
            details.append((zh ? "分类 " : "category ") + HTMLText.escape(question.category))
        }
        let tiers = zh ? ["", "易", "中", "难"] : ["", "easy", "medium", "hard"]
        if (1...3).contains(question.difficulty) {
            details.append((zh ? "难度 " : "difficulty ") + tiers[question.difficulty])
        }
        if let points = question.points { details.append((zh ? "分值 " : "points ") + "\(points)") }
        if !question.source.isEmpty { details.append((zh ? "来源 " : "source ") + HTMLText.escape(question.source)) }
        if !details.isEmpty { rows.append((zh ? "其他" : "Other", details.joined(separator: " · "))) }
        return "<dl>" + rows.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }.joined() + "</dl>"
    }

    private static func answerLabel(_ type: QuestionType, _ zh: Bool) -> String {
        switch type {
        case .short, .essay: zh ? "参考答案" : "Reference"
        default: zh ? "答案" : "Answer"
        }
    }

    private static func answerText(_ question: Question, _ zh: Bool) -> String {
        switch question.answer {
        case .truth(let value): zh ? (value ? "对 √" : "错 ×") : (value ? "true" : "false")
        case .accepted(let spellings):
            spellings.map(HTMLText.escape).joined(separator: zh ? " <i>或</i> " : " <i>or</i> ")
        case .reference(let text): paragraphs(text)
        case .choices: HTMLText.escape(question.answer.display)
        }
    }

    private static func paragraphs(_ text: String) -> String {
        HTMLText.escape(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }
}
