import ContestCore

/// An enum spelt on the wire by its raw string (`"truefalse"`, `"tiebreak"`), read back strictly.
public protocol JSONStringEnum: JSONCodable, RawRepresentable where RawValue == String {}

extension JSONStringEnum {
    public func encode(to json: inout JSONWriter) { json.string(rawValue) }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        let text = try String(json: json, at: path)
        guard let value = Self(rawValue: text) else {
            throw ProtocolDecodingError(.unknownType(text), at: path, offset: json.offset)
        }
        self = value
    }
}

extension QuestionType: JSONStringEnum {}
extension SegmentKind: JSONStringEnum {}
extension Verdict: JSONStringEnum {}
extension TurnEndReason: JSONStringEnum {}
extension Language: JSONStringEnum {}

extension TeamID: JSONCodable {
    public func encode(to json: inout JSONWriter) { json.integer(number) }

    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        self.init(try Int(json: json, at: path))
    }
}

extension Points: JSONCodable {
    /// The number a person reads: `10`, `-5`, `17.67`.
    public func encode(to json: inout JSONWriter) { json.number(description) }

    /// Exact decimal reading: `17.67` is 1767 hundredths; a third decimal rounds half away from zero
    /// (`2.555` → 2.56, `-2.555` → -2.56), so no binary fraction ever changes a score.
    public init(json: JSONNode, at path: JSONPath) throws(ProtocolDecodingError) {
        guard case .number(let text) = json.value else { throw .wrongKind("number", json, at: path) }
        guard let hundredths = Self.hundredths(text) else {
            throw ProtocolDecodingError(.badValue("分数“\(text)”超出范围 points out of range"), at: path, offset: json.offset)
        }
        self.init(hundredths: hundredths)
    }

    /// Hundredths of a JSON number's text, or nil past a trillion points.
    static func hundredths(_ text: String) -> Int? {
        var mantissa = Array(text.utf8)
        var exponent = 0
        if let e = mantissa.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            guard let value = Int(String(decoding: mantissa[(e + 1)...], as: UTF8.self)), value.magnitude < 40 else {
                return nil
            }
            exponent = value
            mantissa.removeSubrange(e...)
        }
        let negative = mantissa.first == UInt8(ascii: "-")
        if negative { mantissa.removeFirst() }
        var digits: [UInt8] = []
        var decimals = 0
        var seenPoint = false
        for byte in mantissa {
            if byte == UInt8(ascii: ".") {
                seenPoint = true
            } else {
                digits.append(byte - UInt8(ascii: "0"))
                if seenPoint { decimals += 1 }
            }
        }
        // The value is digits × 10^(exponent − decimals); hundredths shift that by two places.
        var shift = exponent - decimals + 2
        while shift > 0 {
            digits.append(0)
            shift -= 1
        }
        var roundUp = false
        if shift < 0 {
            let kept = max(0, digits.count + shift)
            roundUp = kept < digits.count && digits[kept] >= 5
            digits.removeSubrange(kept...)
        }
        var value = 0
        for digit in digits.drop(while: { $0 == 0 }) {
            guard value < 100_000_000_000_000 else { return nil }
            value = value * 10 + Int(digit)
        }
        if roundUp { value += 1 }
        return negative ? -value : value
    }
}
