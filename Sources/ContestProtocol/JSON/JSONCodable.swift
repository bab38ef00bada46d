/// A value with a hand-written JSON form: one spelling on the wire, in the journal and in the docs.
public protocol JSONEncodable {
    func encode(to json: inout JSONWriter)
}

/// A value read back from its JSON form; errors name the field (`events[2].team`) and the byte.
public protocol JSONDecodable {
    init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError)
}

public typealias JSONCodable = JSONEncodable & JSONDecodable

extension JSONDecodable {
    /// Parses and decodes one JSON text.
    public init(jsonText bytes: [UInt8]) throws(ProtocolDecodingError) {
        let node: JSONNode
        do {
            node = try JSONParser.parse(bytes)
        } catch {
            throw ProtocolDecodingError(.syntax(error.issue), at: JSONPath(), offset: error.offset)
        }
        try self.init(json: node, at: JSONPath())
    }
}

extension String: JSONCodable {
    public func encode(to json: inout JSONWriter) { json.string(self) }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        guard case .string(let text) = json.value else { throw .wrongKind("string", json, at: path) }
        self = text
    }
}

extension Bool: JSONCodable {
    public func encode(to json: inout JSONWriter) { json.bool(self) }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        guard case .bool(let value) = json.value else { throw .wrongKind("boolean", json, at: path) }
        self = value
    }
}

extension Int: JSONCodable {
    public func encode(to json: inout JSONWriter) { json.integer(self) }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        self = try wholeNumber(json, at: path)
    }
}

extension Int64: JSONCodable {
    public func encode(to json: inout JSONWriter) { json.integer(self) }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        self = try wholeNumber(json, at: path)
    }
}

extension UInt64: JSONCodable {
    public func encode(to json: inout JSONWriter) { json.integer(self) }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        self = try wholeNumber(json, at: path)
    }
}

/// A JSON number that must be a whole number within `Number`'s range: `7`, never `7.5` or `1e3`.
private func wholeNumber<Number: FixedWidthInteger>(_ json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError)
    -> Number
{
    guard case .number(let text) = json.value else { throw .wrongKind("integer", json, at: path) }
    guard let value = Number(text) else {
        throw ProtocolDecodingError(.badValue("“\(text)” 不是整数 is not a whole number"), at: path, offset: json.offset)
    }
    return value
}

extension Array: JSONEncodable where Element: JSONEncodable {
    public func encode(to json: inout JSONWriter) { json.array(self) }
}

extension Array: JSONDecodable where Element: JSONDecodable {
    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        guard case .array(let items) = json.value else { throw .wrongKind("array", json, at: path) }
        self = []
        reserveCapacity(items.count)
        for (index, item) in items.enumerated() { append(try Element(json: item, at: path.appending(index))) }
    }
}
