/// An XML tokenizer for one named part, whose errors name that part.
///
/// The Word and Excel readers throw only `OfficeDocumentError`; this is where an `XMLError` becomes
/// `.xml(part:, error)`.
struct PartReader {
    let part: String
    private var tokenizer: XMLTokenizer

    init(part: String, bytes: [UInt8]) {
        self.part = part
        tokenizer = XMLTokenizer(bytes: bytes)
    }

    /// The byte offset reached, for errors about the content.
    var offset: Int { tokenizer.offset }

    mutating func next() throws(OfficeDocumentError) -> XMLToken? {
        do {
            return try tokenizer.next()
        } catch {
            throw .xml(part: part, error)
        }
    }

    /// Skips the rest of the element whose start was just read, its end included.
    mutating func skipElement() throws(OfficeDocumentError) {
        do {
            try tokenizer.skipElement()
        } catch {
            throw .xml(part: part, error)
        }
    }

    /// The text directly and indirectly inside the element whose start was just read, up to its end.
    mutating func elementText() throws(OfficeDocumentError) -> String {
        var text = ""
        var depth = 1
        while depth > 0, let token = try next() {
            switch token {
            case .start: depth += 1
            case .end: depth -= 1
            case .text(let piece): text += piece
            }
        }
        return text
    }

    /// The start tags inside the element whose start (`root`) was just read, each with its parent's
    /// local name, up to the element's end. Revision records (`w:pPrChange`, `w:rPrChange`, …: the
    /// properties before an edit) are skipped with their content.
    mutating func descendants(of root: XMLStartTag) throws(OfficeDocumentError) -> [(parent: String, tag: XMLStartTag)]
    {
        var found: [(parent: String, tag: XMLStartTag)] = []
        var names = [root.name.localName]
        while !names.isEmpty, let token = try next() {
            switch token {
            case .start(let tag):
                if tag.name.localName.hasSuffix("Change") {
                    try skipElement()
                    continue
                }
                found.append((names[names.count - 1], tag))
                names.append(tag.name.localName)
            case .end: names.removeLast()
            case .text: continue
            }
        }
        return found
    }
}
