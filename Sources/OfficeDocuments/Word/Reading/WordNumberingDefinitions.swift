/// The list definitions of `word/numbering.xml`: abstract definitions and the instances (`w:num`)
/// that paragraphs point to, with their level overrides.
struct WordNumberingDefinitions {
    /// A `w:num`: an abstract definition, with restarts and whole levels overridden.
    struct Instance {
        var abstractID: Int?
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: WordListLevel] = [:]
    }

    private var abstracts: [Int: [Int: WordListLevel]] = [:]
    private var instances: [Int: Instance] = [:]

    init() {}

    init(reading reader: inout PartReader) throws(OfficeDocumentError) {
        while let token = try reader.next() {
            guard case .start(let tag) = token, tag.name.isWordprocessingML else { continue }
            switch tag.name.localName {
            case "abstractNum":
                guard let id = tag.attribute("abstractNumId").flatMap({ Int($0) }) else { continue }
                var levels: [Int: WordListLevel] = [:]
                var current: Int?
                for (parent, child) in try reader.descendants(of: tag) where child.name.isWordprocessingML {
                    if parent == "abstractNum" && child.name.localName == "lvl" {
                        current = child.attribute("ilvl").flatMap { Int($0) }
                        if let current { levels[current] = WordListLevel() }
                    } else if parent == "lvl", let current {
                        levels[current]?.apply(child)
                    }
                }
                if abstracts[id] == nil { abstracts[id] = levels }
            case "num":
                guard let id = tag.attribute("numId").flatMap({ Int($0) }) else { continue }
                instances[id] = try Self.instance(reading: &reader, tag)
            default: continue
            }
        }
    }

    private static func instance(reading reader: inout PartReader, _ tag: XMLStartTag) throws(OfficeDocumentError)
        -> Instance
    {
        var instance = Instance()
        var overridden: Int?
        for (parent, child) in try reader.descendants(of: tag) where child.name.isWordprocessingML {
            let value = child.attribute("val").flatMap { Int($0) }
            switch (parent, child.name.localName) {
            case ("num", "abstractNumId"): instance.abstractID = value
            case ("num", "lvlOverride"): overridden = child.attribute("ilvl").flatMap { Int($0) }
            case ("lvlOverride", "startOverride"):
                if let overridden, let start = WordListLevel.startValue(child.attribute("val")) {
                    instance.startOverrides[overridden] = start
                }
            case ("lvlOverride", "lvl"):
                if let overridden { instance.levelOverrides[overridden] = WordListLevel() }
            case ("lvl", _):
                if let overridden { instance.levelOverrides[overridden]?.apply(child) }
            default: continue
            }
        }
        return instance
    }

    /// Level `level` of list instance `numberingID` with its overrides applied, nil when undefined.
    func level(_ level: Int, of numberingID: Int) -> WordListLevel? {
        guard let instance = instances[numberingID] else { return nil }
        var definition = instance.levelOverrides[level]
        if definition == nil, let abstractID = instance.abstractID { definition = abstracts[abstractID]?[level] }
        if let start = instance.startOverrides[level] { definition?.start = start }
        return definition
    }

    /// The level of `numberingID` that names `style` as its paragraph style.
    func level(of numberingID: Int, forStyle style: String) -> Int? {
        for level in 0..<9 where self.level(level, of: numberingID)?.style == style { return level }
        return nil
    }
}
