import ContestCore

/// The members of one JSON object being decoded, with its path for error messages.
///
/// `null` and an absent key mean the same (a field left out); a key given twice is the last one, as
/// browsers read it.
public struct JSONObject: Sendable {
    public let members: [JSONMember]
    public let path: JSONPath
    public let offset: Int

    public init(_ node: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        guard case .object(let members) = node.value else { throw .wrongKind("object", node, at: path) }
        self.members = members
        self.path = path
        self.offset = node.offset
    }

    /// The value of `key`, unless it is absent or `null`.
    public func node(_ key: String) -> JSONNode? {
        guard let member = members.last(where: { $0.key == key }) else { return nil }
        if case .null = member.node.value { return nil }
        return member.node
    }

    public func contains(_ key: String) -> Bool { node(key) != nil }

    public func decode<Value: JSONDecodable>(_ key: String, as type: Value.Type = Value.self)
        throws(ProtocolDecodingError) -> Value
    {
        guard let node = node(key) else {
            throw ProtocolDecodingError(.missing, at: path.appending(key), offset: offset)
        }
        return try Value(json: node, at: path.appending(key))
    }

    public func decodeIfPresent<Value: JSONDecodable>(_ key: String, as type: Value.Type = Value.self)
        throws(ProtocolDecodingError) -> Value?
    {
        guard let node = node(key) else { return nil }
        return try Value(json: node, at: path.appending(key))
    }

    /// The `type` tag of a tagged object.
    public func type() throws(ProtocolDecodingError) -> String { try decode("type") }

    /// A hello's `lang`: English for any `en…` tag, Chinese for any other or none, as the pages send it.
    public func helloLanguage() throws(ProtocolDecodingError) -> Language {
        try decodeIfPresent("lang", as: String.self).map { $0.lowercased().hasPrefix("en") ? .english : .chinese }
            ?? .chinese
    }

    /// A message's `id`, echoed back as a string: a script's whole-number id is taken as its decimal text.
    public func messageID() throws(ProtocolDecodingError) -> String? {
        if case .number? = node("id")?.value { return "\(try decode("id", as: Int64.self))" }
        return try decodeIfPresent("id")
    }

    /// The error for a `type` this version does not know.
    public func unknownType(_ type: String) -> ProtocolDecodingError {
        ProtocolDecodingError(.unknownType(type), at: path.appending("type"), offset: offset)
    }
}

extension JSONObject {
    /// Like `decodeIfPresent`, but a value of a kind this version does not know reads as absent, so a
    /// console keeps working against a newer server (an outcome it cannot name is simply not shown).
    public func decodeIfKnown<Value: JSONDecodable>(_ key: String, as type: Value.Type = Value.self)
        throws(ProtocolDecodingError) -> Value?
    {
        do {
            return try decodeIfPresent(key)
        } catch {
            if error.isUnknownType { return nil }
            throw error
        }
    }

    /// The elements of an array this version can read; elements of unknown kinds are left out.
    public func decodeKnownElements<Element: JSONDecodable>(_ key: String, as type: Element.Type = Element.self)
        throws(ProtocolDecodingError) -> [Element]
    {
        guard let node = node(key) else { return [] }
        guard case .array(let items) = node.value else { throw .wrongKind("array", node, at: path.appending(key)) }
        var elements: [Element] = []
        for (index, item) in items.enumerated() {
            do {
                elements.append(try Element(json: item, at: path.appending(key).appending(index)))
            } catch {
                if !error.isUnknownType { throw error }
            }
        }
        return elements
    }
}
