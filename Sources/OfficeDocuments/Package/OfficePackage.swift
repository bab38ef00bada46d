/// A .docx or .xlsx as an OPC package: parts by name and the relationships between them.
///
/// Only the parts a reader asks for are inflated; headers, comments, images and the rest are
/// never touched.
struct OfficePackage {
    let archive: ZipArchive

    init(bytes: [UInt8], limits: ZipLimits) throws(OfficeDocumentError) {
        archive = try ZipArchive(bytes: bytes, limits: limits)
    }

    /// The bytes of the part called `name` (no leading slash), nil when the package has none.
    func part(_ name: String) throws(OfficeDocumentError) -> [UInt8]? {
        try archive.contents(named: name)
    }

    /// A reader for the part called `name`, or `.missingPart` when there is none.
    func reader(for name: String) throws(OfficeDocumentError) -> PartReader {
        guard let bytes = try part(name) else { throw .missingPart(name) }
        return PartReader(part: name, bytes: bytes)
    }

    /// The relationships of `partName` ("" for the package itself), empty when it has none.
    func relationships(of partName: String) throws(OfficeDocumentError) -> [Relationship] {
        let folder = Self.folder(of: partName)
        let file = partName.split(separator: "/").last.map(String.init) ?? ""
        let relsName = folder + "_rels/" + file + ".rels"
        guard let bytes = try part(relsName) else { return [] }
        var reader = PartReader(part: relsName, bytes: bytes)
        var relationships: [Relationship] = []
        while let token = try reader.next() {
            guard case .start(let tag) = token, tag.name.localName == "Relationship",
                tag.name.namespace == OOXMLNamespace.packageRelationships
            else { continue }
            let external = tag.attribute("TargetMode") == "External"
            let target = tag.attribute("Target").map { Self.resolve($0, inFolder: folder) }
            relationships.append(
                Relationship(
                    id: tag.attribute("Id") ?? "", type: tag.attribute("Type") ?? "",
                    target: external ? nil : target))
        }
        return relationships
    }

    /// The target of the first relationship of `partName` of this kind (last segment of its type).
    func target(of partName: String, kind: String) throws(OfficeDocumentError) -> String? {
        try relationships(of: partName).first { $0.kind == kind && $0.target != nil }?.target
    }

    /// The folder of a part name, with its trailing slash: "word/" for "word/document.xml".
    static func folder(of partName: String) -> String {
        guard let slash = partName.lastIndex(of: "/") else { return "" }
        return String(partName[...slash])
    }

    /// A relationship target as a part name: absolute (`/xl/workbook.xml`) or relative to `folder`,
    /// with `.` and `..` segments applied and percent-escapes of ASCII decoded.
    static func resolve(_ target: String, inFolder folder: String) -> String {
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return percentDecoded(segments.joined(separator: "/"))
    }

    /// `%20` and the like decoded; anything not a valid escape left as it is.
    private static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let value = UInt8(String(decoding: utf8[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
