/// One judge of the practical round, by number as their token names them and by name as the sheets print them.
public struct PracticalJudge: Codable, Sendable, Hashable {
    public var number: Int
    public var name: String

    public init(number: Int, name: String) {
        (self.number, self.name) = (number, name)
    }
}
