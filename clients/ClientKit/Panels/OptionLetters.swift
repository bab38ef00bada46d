/// Option letters A–H, the way questions print them and teams type them.
public enum OptionLetters {
    public static let all: [Character] = ["A", "B", "C", "D", "E", "F", "G", "H"]

    public static func letter(for index: Int) -> Character {
        all.indices.contains(index) ? all[index] : "?"
    }

    /// `a`/`A`/`Ａ` → 0 …; nil for anything that is not an option letter.
    public static func index(of character: Character) -> Int? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        var value = scalar.value
        if (0xFF21...0xFF28).contains(value) || (0xFF41...0xFF48).contains(value) { value -= 0xFEE0 }
        if (0x61...0x68).contains(value) { value -= 0x20 }
        return (0x41...0x48).contains(value) ? Int(value - 0x41) : nil
    }
}
