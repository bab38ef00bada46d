/// A paragraph being read: its lines so far and the properties from its `w:pPr`.
struct WordParagraphBuilder {
    let number: Int
    var lines: [String] = []
    var line = ""
    var style: String?
    var numberingID: Int?
    var level: Int?
    var outlineLevel: Int?

    init(number: Int) {
        self.number = number
    }

    mutating func breakLine() {
        lines.append(line)
        line = ""
    }

    /// Takes what `w:pPr` says: the style, the list and level, the outline level.
    mutating func apply(properties: [(parent: String, tag: XMLStartTag)]) {
        for (parent, tag) in properties where tag.name.isWordprocessingML {
            let value = tag.attribute("val")
            switch (parent, tag.name.localName) {
            case ("pPr", "pStyle"): style = value
            case ("pPr", "outlineLvl"): outlineLevel = value.flatMap { Int($0) }
            case ("numPr", "numId"): numberingID = value.flatMap { Int($0) }
            case ("numPr", "ilvl"): level = value.flatMap { Int($0) }
            default: continue
            }
        }
    }

    /// The finished paragraph; counts it in its list, directly numbered or numbered by its style.
    func paragraph(styles: WordStyleSheet, counter: inout WordListCounter) -> WordParagraph {
        var numbering: WordNumbering?
        if let list = numberingID ?? styles.inherited(style, \.numberingID) {
            let level =
                self.level ?? styles.inherited(style, \.level)
                ?? style.flatMap { counter.definitions.level(of: list, forStyle: $0) } ?? 0
            numbering = counter.count(numberingID: list, level: level)
        }
        let outline = outlineLevel ?? styles.inherited(style, \.outlineLevel)
        return WordParagraph(
            number: number, lines: lines + [line], numbering: numbering, style: style,
            styleName: styles.name(of: style), outlineLevel: outline.flatMap { (0...8).contains($0) ? $0 : nil })
    }
}
