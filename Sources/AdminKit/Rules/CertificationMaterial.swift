/// One file every applicant hands in, recognised by a word of its file name (`承诺书`).
public struct CertificationMaterial: Codable, Sendable, Hashable {
    /// How a problem names it: `诚信承诺书`.
    public var name: String
    /// Words any of which in a file name mark the file as this one, compared without case.
    public var keywords: [String]

    public init(name: String, keywords: [String]) {
        (self.name, self.keywords) = (name, keywords)
    }
}
