/// A score in hundredths of a point.
///
/// Essay scores are trimmed means (17.67), so whole points are too coarse; integers keep every sum
/// exact and every replay identical, which floating point would not.
public struct Points: Sendable, Hashable, Comparable, Codable, AdditiveArithmetic, ExpressibleByIntegerLiteral,
    CustomStringConvertible
{
    public var hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }
    public init(_ whole: Int) { self.hundredths = whole * 100 }
    public init(integerLiteral value: Int) { self.init(value) }

    public static let zero = Points(hundredths: 0)

    /// Encoded as the number a person reads (`17.67`), decoded back to exact hundredths.
    ///
    /// More than two decimals round half away from zero on the decimal as written: `2.555` is 2.56
    /// and `1.005` is 1.01. `value * 100` would round the binary neighbour instead (1.00499…, so 1.00);
    /// shifting the point in the shortest decimal that reads back as `value` ("1.005" → "1.005e2")
    /// gives 100.5 exactly. Below 0.0001 the text has an exponent already and the value rounds to 0.
    public init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer().decode(Double.self)
        guard value.isFinite, value.magnitude < 1e12 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "points out of range"))
        }
        let written = value.description
        let shifted = written.contains("e") ? nil : Double(written + "e2")
        hundredths = Int((shifted ?? value * 100).rounded(.toNearestOrAwayFromZero))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if hundredths % 100 == 0 {
            try container.encode(hundredths / 100)
        } else {
            try container.encode(Double(hundredths) / 100)
        }
    }
    public static func + (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func - (lhs: Points, rhs: Points) -> Points { Points(hundredths: lhs.hundredths - rhs.hundredths) }
    public static prefix func - (value: Points) -> Points { Points(hundredths: -value.hundredths) }
    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.hundredths < rhs.hundredths }

    /// `10`, `-5`, `17.67`, `0.5`: no trailing zeros, as a scoreboard shows it.
    public var description: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// With an explicit `+` for gains, as score changes are announced.
    public var signedDescription: String { hundredths > 0 ? "+\(description)" : description }
}
