/// Any JSON value, for the parts of the server's messages that are tagged unions.
///
/// The core encodes its enums as `{"answered": {"_0": 3}}`; reading those through `JSONValue`
/// keeps the client tolerant of cases it does not know yet instead of failing the whole message.
public enum JSONValue: Sendable, Hashable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { fields[key] } else { nil }
    }

    /// The case name and payload of an encoded enum: `{"answered": {"_0": 3}}` → ("answered", {"_0": 3}).
    public var tag: (name: String, payload: JSONValue)? {
        guard case .object(let fields) = self, fields.count == 1, let (name, payload) = fields.first else { return nil }
        return (name, payload)
    }

    /// The enum's single unlabelled associated value (`_0`), or the payload itself.
    public var firstValue: JSONValue? { self["_0"] ?? self }

    public var int: Int? { if case .number(let value) = self { Int(exactly: value.rounded()) } else { nil } }
    public var double: Double? { if case .number(let value) = self { value } else { nil } }
    public var string: String? { if case .string(let value) = self { value } else { nil } }
    public var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    public var array: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
}
