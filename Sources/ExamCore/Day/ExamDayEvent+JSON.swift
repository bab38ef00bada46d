import ContestCore
import ContestProtocol

/// A day event is its family's own tagged object; the `type` alone says which family reads it.
extension ExamDayEvent: JSONCodable {
    static let markingTypes: Set<String> = ["scriptAdded", "markGiven", "thirdMarkerAssigned", "scriptFinal"]
    static let practicalTypes: Set<String> = ["itemScored", "sheetSigned", "sheetReopened"]

    public func encode(to json: inout JSONWriter) {
        switch self {
        case .written(let event): event.encode(to: &json)
        case .marking(let event): event.encode(to: &json)
        case .practical(let event): event.encode(to: &json)
        }
    }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let object = try JSONObject(json, at: path)
        let type = try object.type()
        if Self.markingTypes.contains(type) {
            self = .marking(try MarkingEvent(fieldsOf: object))
        } else if Self.practicalTypes.contains(type) {
            self = .practical(try PracticalEvent(fieldsOf: object))
        } else {
            self = .written(try ExamEvent(fieldsOf: object))
        }
    }
}
