/// A start tag as the tokenizer read it: the name, the attributes other than `xmlns` declarations.
public struct XMLStartTag: Sendable, Hashable {
    public let name: XMLName
    public let attributes: [XMLAttribute]
    /// `<a/>`: the tokenizer still gives the matching `.end`, so consumers never special-case it.
    public let isSelfClosing: Bool
    /// The byte offset of the tag's `<` in the part, for error messages.
    public let offset: Int

    public init(name: XMLName, attributes: [XMLAttribute], isSelfClosing: Bool, offset: Int) {
        self.name = name
        self.attributes = attributes
        self.isSelfClosing = isSelfClosing
        self.offset = offset
    }

    /// The value of the first attribute called `localName`, whatever its namespace.
    public func attribute(_ localName: String) -> String? {
        for attribute in attributes where attribute.name.localName == localName { return attribute.value }
        return nil
    }
}
