/// Any JSON value, for the parts of the server's messages that are tagged unions.
///
/// The protocol spells its tagged values as `{"type": "answered", "team": 3}`; reading those through
/// `JSONValue` keeps the client tolerant of kinds it does not know yet instead of failing the message.
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

    /// The kind and fields of a tagged value: `{"type": "answered", "team": 3}` → ("answered", the object).
    public var tag: (name: String, payload: JSONValue)? {
        guard let name = self["type"]?.string else { return nil }
        return (name, self)
    }

    public var int: Int? { if case .number(let value) = self { Int(exactly: value.rounded()) } else { nil } }
    public var double: Double? { if case .number(let value) = self { value } else { nil } }
    public var string: String? { if case .string(let value) = self { value } else { nil } }
    public var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    public var array: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
}
