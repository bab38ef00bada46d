/// Header fields in the order received, looked up by name without regard to case (RFC 9110 §5.1).
///
/// Kept as a list rather than a dictionary because order and repetition matter: a repeated `Host`
/// is an error, and list-valued fields such as `Connection` may be split over several lines.
public struct HTTPHeaders: Sendable, Hashable, Sequence {
    private var fields: [(name: String, value: String)]

    public init(_ fields: [(name: String, value: String)] = []) { self.fields = fields }

    public static func == (lhs: HTTPHeaders, rhs: HTTPHeaders) -> Bool {
        lhs.fields.count == rhs.fields.count
            && zip(lhs.fields, rhs.fields).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for field in fields {
            hasher.combine(field.name)
            hasher.combine(field.value)
        }
    }

    /// How many fields there are, repeated names counted each time.
    public var count: Int { fields.count }

    public mutating func add(name: String, value: String) { fields.append((name, value)) }

    /// Every value of the fields named `name`, in order.
    public subscript(name: String) -> [String] {
        fields.filter { Self.namesMatch($0.name, name) }.map(\.value)
    }

    /// The value of the first field named `name`.
    public func first(_ name: String) -> String? {
        fields.first { Self.namesMatch($0.name, name) }?.value
    }

    /// Whether any field named `name` lists `token` among its comma-separated values, ignoring case,
    /// as `Connection: keep-alive, Upgrade` lists `upgrade`.
    public func containsToken(_ token: String, inField name: String) -> Bool {
        self[name].contains { value in
            value.split(separator: ",").contains { element in
                Self.namesMatch(String(element.trimmingOptionalWhitespace()), token)
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { fields.makeIterator() }

    /// ASCII case-insensitive comparison; names are tokens, so no Unicode folding is wanted.
    static func namesMatch(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count == rhs.utf8.count && zip(lhs.utf8, rhs.utf8).allSatisfy { asciiLower($0) == asciiLower($1) }
    }

    static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs, the optional whitespace of RFC 9110 §5.6.3.
    func trimmingOptionalWhitespace() -> Substring {
        let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isWhitespace($0) }), let end = lastIndex(where: { !isWhitespace($0) })
        else { return self[endIndex...] }
        return self[start...end]
    }
}
