/// A team's number in the final (1…8 by default), which is also its seat in the hall.
public struct TeamID: Sendable, Hashable, Comparable, Codable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    public var number: Int

    public init(_ number: Int) { self.number = number }
    public init(integerLiteral value: Int) { self.number = value }

    public init(from decoder: any Decoder) throws { number = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(number)
    }

    public static func < (lhs: TeamID, rhs: TeamID) -> Bool { lhs.number < rhs.number }
    public var description: String { "\(number)" }
}
