import QuestionBank

/// One certificate to print: a person's (姓名 given) or a unit's, with its award and optional title.
public struct Certificate: Sendable, Hashable {
    public var rank: String
    /// Empty for a unit's certificate.
    public var name: String
    public var unit: String
    public var award: String
    public var title: String
    public var members: String
    public var location: SourceLocation

    public var isTeam: Bool { name.isEmpty }
}
