/// An element or attribute name split at its prefix, with the namespace the prefix is bound to.
///
/// OOXML readers match `localName` within a namespace, never the prefix: Word writes `w:p`, but a
/// file may bind any prefix (or the default namespace) to WordprocessingML.
public struct XMLName: Sendable, Hashable {
    /// The prefix before the colon, "" when there is none.
    public let prefix: String
    public let localName: String
    /// The namespace URI in scope for the prefix, "" when none (unprefixed attributes have none).
    public let namespace: String

    public init(prefix: String, localName: String, namespace: String) {
        self.prefix = prefix
        self.localName = localName
        self.namespace = namespace
    }

    /// The name as written: `prefix:localName`, or `localName`.
    public var qualifiedName: String { prefix.isEmpty ? localName : prefix + ":" + localName }
}
