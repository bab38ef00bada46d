import ContestCore
import ContestProtocol

/// Who a journaled exam request came from, as the token named them; the timer is `system`.
///
/// `{"type": "candidate", "candidate": "2026120001"}`, `{"type": "proctor", "proctor": 2}`, `{"type": "system"}`.
public enum ExamActor: Sendable, Hashable, JSONCodable {
    case candidate(String)
    case proctor(Int)
    case marker(Int)
    case judge(Int)
    case system

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            switch self {
            case .candidate(let candidate):
                fields.type("candidate")
                fields.field("candidate", candidate)
            case .proctor(let number):
                fields.type("proctor")
                fields.field("proctor", number)
            case .marker(let number):
                fields.type("marker")
                fields.field("marker", number)
            case .judge(let number):
                fields.type("judge")
                fields.field("judge", number)
            case .system:
                fields.type("system")
            }
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let o = try JSONObject(json, at: path)
        let type = try o.type()
        switch type {
        case "candidate": self = .candidate(try o.decode("candidate"))
        case "proctor": self = .proctor(try o.decode("proctor"))
        case "marker": self = .marker(try o.decode("marker"))
        case "judge": self = .judge(try o.decode("judge"))
        case "system": self = .system
        default: throw o.unknownType(type)
        }
    }
}
