import ContestCore

/// Writes a bank in the canonical `quiz-bank/1` JSON format, one question per line.
///
/// One line per question keeps diffs of a bank under version control readable, and the fixed key
/// order (id, type, stem, options, answer, …) makes the output of a conversion stable.
public enum JSONBankWriter {
    public static func write(_ bank: Bank) -> String {
        var output = "{\n"
        output += "  \"format\": \(quoted(JSONBankReader.formatName)),\n"
        output += "  \"title\": \(quoted(bank.title)),\n"
        output += "  \"language\": \(quoted(bank.language)),\n"
        output += "  \"questions\": ["
        for (index, question) in bank.questions.enumerated() {
            output += index == 0 ? "\n    " : ",\n    "
            append(question, to: &output)
        }
        output += bank.questions.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return output
    }

    private static func append(_ question: Question, to output: inout String) {
        output += "{\"id\":\(quoted(question.id)),\"type\":\(quoted(question.type.rawValue))"
        output += ",\"stem\":\(quoted(question.stem))"
        if !question.options.isEmpty {
            output += ",\"options\":[" + question.options.map(quoted).joined(separator: ",") + "]"
        }
        output += ",\"answer\":"
        switch question.answer {
        case .choices(let indices): output += quoted(String(indices.map(OptionLetter.letter(for:))))
        case .truth(let value): output += value ? "true" : "false"
        case .accepted(let texts): output += "[" + texts.map(quoted).joined(separator: ",") + "]"
        case .reference(let text): output += quoted(text)
        }
        output += ",\"category\":\(quoted(question.category)),\"difficulty\":\(question.difficulty)"
        if let points = question.points { output += ",\"points\":\(points)" }
        output += ",\"explanation\":\(quoted(question.explanation)),\"source\":\(quoted(question.source))}"
    }

    /// A JSON string literal; non-ASCII text is written as is (the file is UTF-8), controls escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
