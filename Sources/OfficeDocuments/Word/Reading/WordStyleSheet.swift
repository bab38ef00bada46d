/// The paragraph styles of `word/styles.xml` that matter for reading: names, list numbering and
/// outline levels, each inherited along `w:basedOn`.
struct WordStyleSheet {
    /// One paragraph style as written, before inheritance.
    struct Style {
        var name: String?
        var basedOn: String?
        var numberingID: Int?
        var level: Int?
        var outlineLevel: Int?
    }

    /// Inheritance chains longer than this are cycles or damage; Word's own stay below ten.
    static let maximumChain = 32

    private(set) var styles: [String: Style] = [:]
    private(set) var defaultStyle: String?

    init() {}

    /// Reads the paragraph styles of `reader`'s part.
    init(reading reader: inout PartReader) throws(OfficeDocumentError) {
        while let token = try reader.next() {
            guard case .start(let tag) = token, tag.name.localName == "style", tag.name.isWordprocessingML else {
                continue
            }
            guard tag.attribute("type") == "paragraph", let id = tag.attribute("styleId") else {
                try reader.skipElement()
                continue
            }
            if tag.attribute("default") == "1" || tag.attribute("default") == "true" { defaultStyle = id }
            var style = Style()
            for (parent, child) in try reader.descendants(of: tag) where child.name.isWordprocessingML {
                let value = child.attribute("val")
                switch (parent, child.name.localName) {
                case ("style", "name"): style.name = value
                case ("style", "basedOn"): style.basedOn = value
                case ("numPr", "numId"): style.numberingID = value.flatMap { Int($0) }
                case ("numPr", "ilvl"): style.level = value.flatMap { Int($0) }
                case ("pPr", "outlineLvl"): style.outlineLevel = value.flatMap { Int($0) }
                default: continue
                }
            }
            styles[id] = style
        }
    }

    /// The first value `property` has along the chain from `id` through its `basedOn` styles.
    func inherited<Value>(_ id: String?, _ property: (Style) -> Value?) -> Value? {
        var current = id ?? defaultStyle
        var steps = 0
        while let name = current, let style = styles[name], steps < Self.maximumChain {
            if let value = property(style) { return value }
            current = style.basedOn
            steps += 1
        }
        return nil
    }

    func name(of id: String?) -> String? {
        guard let id else { return nil }
        return styles[id]?.name
    }
}
