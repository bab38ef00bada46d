/// One level of a list definition in `word/numbering.xml`: where it starts and how its label looks.
struct WordListLevel: Sendable, Hashable {
    var start = 1
    /// `w:numFmt`: "decimal", "upperLetter", "chineseCounting", "bullet", …
    var format = "decimal"
    /// `w:lvlText`: the label with `%1`…`%9` standing for the counters of levels 1…9.
    var text = ""
    /// `w:pStyle`: the paragraph style this level belongs to, for styles numbered without `w:ilvl`.
    var style: String?
    /// `w:isLgl`: every counter in the label shown as a decimal number.
    var isLegal = false

    /// Word keeps start values within 0...32767; anything past that is damage, clamped so counting
    /// on from it cannot overflow.
    static func startValue(_ text: String?) -> Int? {
        text.flatMap { Int($0) }.map { min(max($0, 0), 32_767) }
    }

    /// Applies one child element of `w:lvl` (`w:start`, `w:numFmt`, …).
    mutating func apply(_ tag: XMLStartTag) {
        let value = tag.attribute("val")
        switch tag.name.localName {
        case "start": start = Self.startValue(value) ?? start
        case "numFmt": format = value ?? format
        case "lvlText": text = value ?? ""
        case "pStyle": style = value
        case "isLgl": isLegal = value.map { $0 == "1" || $0 == "true" || $0 == "on" } ?? true
        default: return
        }
    }
}
