import ContestCore

/// `{"type": "choices", "choices": [0, 2]}`, `{"type": "truth", "truth": true}`, `{"type": "text", "text": "…"}`.
extension Submission: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            switch self {
            case .choices(let indices):
                fields.type("choices")
                fields.field("choices", indices)
            case .truth(let value):
                fields.type("truth")
                fields.field("truth", value)
            case .text(let text):
                fields.type("text")
                fields.field("text", text)
            }
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        let type = try object.type()
        switch type {
        case "choices": self = .choices(try object.decode("choices"))
        case "truth": self = .truth(try object.decode("truth"))
        case "text": self = .text(try object.decode("text"))
        default: throw object.unknownType(type)
        }
    }

    /// The answer fields of an `answer` or `saveAnswer` message: exactly one of `choices`, `truth`, `text`.
    public init(answerFieldsOf object: JSONObject) throws(ProtocolDecodingError) {
        let given = ["choices", "truth", "text"].filter(object.contains)
        guard given.count == 1 else {
            let detail =
                given.isEmpty
                ? "答案须给出 choices、truth 或 text 之一 an answer needs one of choices, truth, text"
                : "答案只能给出 choices、truth、text 中的一个 an answer gives only one of choices, truth, text"
            throw ProtocolDecodingError(.badValue(detail), at: object.path, offset: object.offset)
        }
        switch given[0] {
        case "choices": self = .choices(try object.decode("choices"))
        case "truth": self = .truth(try object.decode("truth"))
        default: self = .text(try object.decode("text"))
        }
    }

    /// Writes the answer fields into a message that carries one (`answer`).
    public func encodeFields(into fields: inout JSONObjectWriter) {
        switch self {
        case .choices(let indices): fields.field("choices", indices)
        case .truth(let value): fields.field("truth", value)
        case .text(let text): fields.field("text", text)
        }
    }
}
