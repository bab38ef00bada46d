import ContestCore
import ContestProtocol

/// Every practical event as a tagged object named like the case, fields named like its labels, as the
/// contest's journal writes its events: `{"type": "sheetSigned", "judge": 2, "contestant": "A03", "at": …}`.
extension PracticalEvent: JSONCodable {
    /// The case's name, which is its `type` in the journal.
    public var typeName: String {
        switch self {
        case .itemScored: "itemScored"
        case .sheetSigned: "sheetSigned"
        case .sheetReopened: "sheetReopened"
        }
    }

    public func encode(to json: inout JSONWriter) {
        json.object { fields in
            fields.type(typeName)
            switch self {
            case .itemScored(let judge, let contestant, let item, let points, let at):
                fields.field("judge", judge)
                fields.field("contestant", contestant)
                fields.field("item", item)
                fields.field("points", points)
                fields.field("at", at)
            case .sheetSigned(let judge, let contestant, let at):
                fields.field("judge", judge)
                fields.field("contestant", contestant)
                fields.field("at", at)
            case .sheetReopened(let chief, let judge, let contestant, let reason, let at):
                fields.field("chief", chief)
                fields.field("judge", judge)
                fields.field("contestant", contestant)
                fields.field("reason", reason)
                fields.field("at", at)
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
        case "itemScored":
            self = .itemScored(
                judge: try o.decode("judge"), contestant: try o.decode("contestant"), item: try o.decode("item"),
                points: try o.decode("points"), at: try o.decode("at"))
        case "sheetSigned":
            self = .sheetSigned(
                judge: try o.decode("judge"), contestant: try o.decode("contestant"), at: try o.decode("at"))
        case "sheetReopened":
            self = .sheetReopened(
                chief: try o.decode("chief"), judge: try o.decode("judge"), contestant: try o.decode("contestant"),
                reason: try o.decode("reason"), at: try o.decode("at"))
        default: throw o.unknownType(type)
        }
    }
}
