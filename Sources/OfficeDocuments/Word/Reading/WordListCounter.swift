/// Counts list paragraphs as Word does and renders their labels.
///
/// Counters run per list instance (`w:numId`), so an instance with a `w:startOverride` restarts
/// where it says; a paragraph at a level restarts every deeper level of its instance; a label's
/// `%n` for a level not yet counted shows that level's start value.
struct WordListCounter {
    static let levelCount = 9

    let definitions: WordNumberingDefinitions
    private var counters: [Int: [Int?]] = [:]

    init(definitions: WordNumberingDefinitions) {
        self.definitions = definitions
    }

    /// Counts one paragraph of list `numberingID` at `level`; nil when the list is not defined
    /// (Word shows no label then) or is 0, Word's "no numbering".
    mutating func count(numberingID: Int, level requested: Int) -> WordNumbering? {
        let level = min(max(requested, 0), Self.levelCount - 1)
        guard numberingID != 0, let definition = definitions.level(level, of: numberingID) else { return nil }
        var values = counters[numberingID] ?? Array(repeating: nil, count: Self.levelCount)
        values[level] = values[level].map { $0 &+ 1 } ?? definition.start
        for deeper in level + 1..<Self.levelCount { values[deeper] = nil }
        counters[numberingID] = values

        var label = ""
        var characters = definition.text.unicodeScalars.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                label.unicodeScalars.append(character)
                continue
            }
            guard let digit = characters.next() else {
                label.append("%")
                break
            }
            guard let placeholder = Int(String(digit)), (1...Self.levelCount).contains(placeholder) else {
                label.unicodeScalars.append(contentsOf: ["%", digit])
                continue
            }
            let shown = definitions.level(placeholder - 1, of: numberingID)
            let value = values[placeholder - 1] ?? shown?.start ?? 1
            let format = definition.isLegal ? "decimal" : shown?.format ?? "decimal"
            label += WordNumberFormat.render(value, format: format)
        }
        return WordNumbering(numberingID: numberingID, level: level, label: label, format: definition.format)
    }
}
