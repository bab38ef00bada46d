/// The correct answer of a question, in the shape its type needs.
///
/// Choice answers are option indices (0 = A) kept sorted, so two spellings of the same answer
/// (`ABD`, `A,B,D`) compare equal.
public enum Answer: Sendable, Hashable, Codable {
    /// One index for single choice, several for multiple choice.
    case choices([Int])
    /// True/false.
    case truth(Bool)
    /// Fill-in-the-blank: every accepted spelling.
    case accepted([String])
    /// Short answer or essay: a reference answer or marking points for the judges.
    case reference(String)

    /// The answer as organisers write it: `ABD`, `对`, `甲；乙`, or the reference text.
    public var display: String {
        switch self {
        case .choices(let indices): String(indices.map(OptionLetter.letter(for:)))
        case .truth(let value): value ? "对" : "错"
        case .accepted(let texts): texts.joined(separator: "；")
        case .reference(let text): text
        }
    }
}

/// Option letters A…H and back.
public enum OptionLetter {
    /// The most options a choice question may have.
    public static let maximumOptions = 8

    /// `0 -> "A"`; indices past H are shown as `?`.
    public static func letter(for index: Int) -> Character {
        guard (0..<maximumOptions).contains(index) else { return "?" }
        return Character(Unicode.Scalar(UInt8(65 + index)))
    }

    /// `"A" -> 0`, also for lower case and full-width letters (Ａ…Ｈ) as typed on Chinese keyboards.
    public static func index(of character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        let value = scalar.value
        let offset: UInt32
        switch value {
        case 0x41...0x48: offset = value - 0x41
        case 0x61...0x68: offset = value - 0x61
        case 0xFF21...0xFF28: offset = value - 0xFF21
        case 0xFF41...0xFF48: offset = value - 0xFF41
        default: return nil
        }
        return Int(offset)
    }
}
