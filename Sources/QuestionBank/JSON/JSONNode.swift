/// A parsed JSON value that remembers where it started, so diagnostics can point at it.
struct JSONNode: Sendable {
    var value: JSONValue
    /// Byte offset of the value's first character in the decoded text.
    var offset: Int
}

/// The six kinds of JSON value; numbers keep their text so integers stay exact.
enum JSONValue: Sendable {
    case object([JSONMember])
    case array([JSONNode])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// The kind's name in a "found …" message.
    var kindName: String {
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
struct JSONMember: Sendable {
    var key: String
    var keyOffset: Int
    var node: JSONNode
}

/// Where and why a JSON text stopped parsing.
struct JSONSyntaxError: Error, Sendable {
    var issue: JSONSyntaxIssue
    var offset: Int
}
