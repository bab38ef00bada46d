/// Reads `xl/sharedStrings.xml`: each `si` as the text of its `t`, or of its rich-text runs' `t`
/// joined; phonetic guides (`rPh`, the furigana of Japanese files) are left out.
enum SharedStringsReader {
    static func read(_ reader: inout PartReader) throws(OfficeDocumentError) -> [String] {
        var strings: [String] = []
        while let token = try reader.next() {
            guard case .start(let tag) = token, tag.name.isSpreadsheetML, tag.name.localName == "si" else { continue }
            strings.append(try richText(&reader))
        }
        return strings
    }

    /// The text of the rich-text element (`si`, `is`) whose start was just read, up to its end.
    static func richText(_ reader: inout PartReader) throws(OfficeDocumentError) -> String {
        var text = ""
        var depth = 1
        while depth > 0, let token = try reader.next() {
            switch token {
            case .start(let tag):
                guard tag.name.isSpreadsheetML else {
                    try reader.skipElement()
                    continue
                }
                switch tag.name.localName {
                case "t": text += try reader.elementText()
                case "r": depth += 1
                default: try reader.skipElement()
                }
            case .end: depth -= 1
            case .text: continue
            }
        }
        return OOXMLStringEscapes.decoded(text)
    }
}
