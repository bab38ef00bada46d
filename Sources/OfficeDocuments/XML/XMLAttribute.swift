/// One attribute of a start tag, its value with entities decoded and white space normalised.
public struct XMLAttribute: Sendable, Hashable {
    public let name: XMLName
    public let value: String

    public init(name: XMLName, value: String) {
        self.name = name
        self.value = value
    }
}
