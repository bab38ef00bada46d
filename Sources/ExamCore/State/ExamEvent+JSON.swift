import ContestCore
import ContestProtocol

/// Every event as a tagged object named like the case, fields named like its labels, as the final's journal:
/// `{"type": "answerSaved", "candidate": "2026120001", "question": "Q7", "choices": [1], "at": …}`; the answer
/// as the flat `choices` / `truth` / `text` field of a `saveAnswer` message.
extension ExamEvent: JSONCodable {
    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.type(typeName)
            fields.field("candidate", candidate)
            switch self {
            case .entered, .paperSubmitted, .leftPage, .paperClosed: break
            case .answerSaved(_, let question, let answer, _):
                fields.field("question", question)
                answer.encodeFields(into: &fields)
            case .timeExtended(_, let minutes, let deadline, let reason, let proctor, _):
                fields.field("minutes", minutes)
                fields.field("deadline", deadline)
                fields.field("reason", reason)
                fields.field("by", proctor)
            case .paperReopened(_, let deadline, let reason, let proctor, _):
                fields.field("deadline", deadline)
                fields.field("reason", reason)
                fields.field("by", proctor)
            case .admittedLate(_, let reason, let proctor, _):
                fields.field("reason", reason)
                fields.field("by", proctor)
            }
            fields.field("at", at)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        try self.init(fieldsOf: try JSONObject(json, at: path))
    }

    /// Reads an event from its object; an unknown `type` is an error naming it.
    init(fieldsOf o: JSONObject) throws(ProtocolDecodingError) {
        let type = try o.type()
        let candidate: String = try o.decode("candidate")
        let at: Micros = try o.decode("at")
        switch type {
        case "entered": self = .entered(candidate: candidate, at: at)
        case "answerSaved":
            self = .answerSaved(
                candidate: candidate, question: try o.decode("question"), answer: try Submission(answerFieldsOf: o),
                at: at)
        case "paperSubmitted": self = .paperSubmitted(candidate: candidate, at: at)
        case "leftPage": self = .leftPage(candidate: candidate, at: at)
        case "timeExtended":
            self = .timeExtended(
                candidate: candidate, minutes: try o.decode("minutes"), deadline: try o.decode("deadline"),
                reason: try o.decode("reason"), by: try o.decode("by"), at: at)
        case "paperReopened":
            self = .paperReopened(
                candidate: candidate, deadline: try o.decode("deadline"), reason: try o.decode("reason"),
                by: try o.decode("by"), at: at)
        case "admittedLate":
            self = .admittedLate(candidate: candidate, reason: try o.decode("reason"), by: try o.decode("by"), at: at)
        case "paperClosed": self = .paperClosed(candidate: candidate, at: at)
        default: throw o.unknownType(type)
        }
    }
}
