/// A parsed JSON value that remembers where it started, so diagnostics can point at it.
public struct JSONNode: Sendable, Hashable {
    public var value: JSONValue
    /// Byte offset of the value's first character in the decoded text.
    public var offset: Int

    public init(_ value: JSONValue, offset: Int = 0) {
        self.value = value
        self.offset = offset
    }
}

/// The six kinds of JSON value; numbers keep their text so integers stay exact.
public enum JSONValue: Sendable, Hashable {
    case object([JSONMember])
    case array([JSONNode])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// The kind's name in a "found …" message.
    public var kindName: String {
        switch self {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .bool: "boolean"
        case .null: "null"
        }
    }
}

/// One `"key": value` pair, in file order (duplicate keys are kept so they can be reported).
public struct JSONMember: Sendable, Hashable {
    public var key: String
    public var keyOffset: Int
    public var node: JSONNode

    public init(key: String, keyOffset: Int = 0, node: JSONNode) {
        self.key = key
        self.keyOffset = keyOffset
        self.node = node
    }
}

/// Where and why a JSON text stopped parsing.
public struct JSONSyntaxError: Error, Sendable, Hashable {
    public var issue: JSONSyntaxIssue
    public var offset: Int
}

/// Why a JSON text does not parse, as precisely as a hand-written parser can tell.
public enum JSONSyntaxIssue: Sendable, Hashable {
    /// `found` is nil at the end of the text.
    case expected(JSONToken, found: String?)
    case unterminatedString
    case controlCharacterInString
    case badEscape(String)
    case badNumber(String)
    case trailingContent(String)
    case tooDeep
}

/// What the JSON parser was waiting for when it met something else.
public enum JSONToken: Sendable, Hashable {
    case value, key, colon, commaOrObjectEnd, commaOrArrayEnd
}
