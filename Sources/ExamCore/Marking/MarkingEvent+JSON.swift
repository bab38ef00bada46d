import ContestCore
import ContestProtocol

/// Every marking event as a tagged object named like the case, fields named like its labels, as the
/// contest's journal writes its events: `{"type": "scriptFinal", "script": 12, "points": 7.5}`.
extension MarkingEvent: JSONCodable {
    /// The case's name, which is its `type` in the journal.
    public var typeName: String {
        switch self {
        case .scriptAdded: "scriptAdded"
        case .markGiven: "markGiven"
        case .thirdMarkerAssigned: "thirdMarkerAssigned"
        case .scriptFinal: "scriptFinal"
        }
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.type(typeName)
            switch self {
            case .scriptAdded(let script, let candidate, let question, let text, let max, let markers):
                fields.field("script", script)
                fields.field("candidate", candidate)
                fields.field("question", question)
                fields.field("text", text)
                fields.field("max", max)
                fields.field("markers", markers)
            case .markGiven(let marker, let script, let points, let note, let at):
                fields.field("marker", marker)
                fields.field("script", script)
                fields.field("points", points)
                fields.field("note", note)
                fields.field("at", at)
            case .thirdMarkerAssigned(let script, let marker):
                fields.field("script", script)
                fields.field("marker", marker)
            case .scriptFinal(let script, let points):
                fields.field("script", script)
                fields.field("points", points)
            }
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        try self.init(fieldsOf: try JSONObject(json, at: path))
    }

    /// Reads an event from its object; an unknown `type` is an error naming it.
    init(fieldsOf o: JSONObject) throws(ProtocolDecodingError) {
        let type = try o.type()
        switch type {
        case "scriptAdded":
            self = .scriptAdded(
                script: try o.decode("script"), candidate: try o.decode("candidate"),
                question: try o.decode("question"),
                text: try o.decode("text"), max: try o.decode("max"), markers: try o.decode("markers"))
        case "markGiven":
            self = .markGiven(
                marker: try o.decode("marker"), script: try o.decode("script"), points: try o.decode("points"),
                note: try o.decode("note"), at: try o.decode("at"))
        case "thirdMarkerAssigned":
            self = .thirdMarkerAssigned(script: try o.decode("script"), marker: try o.decode("marker"))
        case "scriptFinal": self = .scriptFinal(script: try o.decode("script"), points: try o.decode("points"))
        default: throw o.unknownType(type)
        }
    }
}
