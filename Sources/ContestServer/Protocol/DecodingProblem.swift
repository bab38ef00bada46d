/// A `JSONDecoder` error in one sentence, for the organiser's contest file (the wire has its own).
///
/// `DecodingError`'s own description is a Swift dump; people need the field and what was wrong with it,
/// written as they would find it in the file (`segments[0].rules.questionCont`).
public enum DecodingProblem {
    public static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "不是合法的 JSON (not valid JSON)" }
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "不是合法的 JSON (not valid JSON)" : "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "缺少字段 missing field \"\(path(context.codingPath + [key]))\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "字段类型不对 wrong type for \"\(path(context.codingPath))\""
        @unknown default:
            return "\(error)"
        }
    }

    /// `segments[0].rules.questionCount`: keys joined by dots, array positions in brackets.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }
}
